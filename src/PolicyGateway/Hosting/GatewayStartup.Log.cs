using Microsoft.Extensions.Logging;

namespace PolicyGateway.Hosting;

internal static partial class GatewayStartupLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Demo mode (Gateway:Demo): no Azure OpenAI endpoint configured (Gateway:Upstream:Endpoints), forwarding to the built-in emulator at {Address}. Try: curl -H 'api-key: pgw-demo-us-retail' ...")]
    public static partial void UsingEmulator(this ILogger logger, Uri address);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Forwarding to {Count} Azure OpenAI endpoint(s) with {Auth} credentials: {Endpoints}")]
    public static partial void UsingAzure(this ILogger logger, int count, string auth, string endpoints);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Inspection is OFF (Gateway:Inspection:Enabled=false): requests are forwarded without policy checks")]
    public static partial void InspectionDisabled(this ILogger logger);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "DEMO MODE (Gateway:Demo=true): the demo callers of {DemoCallers}, whose keys are published, are accepted. Never run production like this")]
    public static partial void DemoMode(this ILogger logger, string demoCallers);

    [LoggerMessage(EventId = 304, Level = LogLevel.Information, Message = "Metrics: Prometheus at {MetricsPath} ({Prometheus}); OTLP export of metrics and traces: {Otlp}")]
    public static partial void Telemetry(this ILogger logger, string metricsPath, string prometheus, string otlp);

    [LoggerMessage(EventId = 305, Level = LogLevel.Warning, Message = "FULL CAPTURE is ON (Gateway:Recording:FullCapture=true): every recorded decision stores the whole request body, prompts included, in {Store}. Turn it off unless you must see exactly what was sent")]
    public static partial void FullCaptureOn(this ILogger logger, string store);

}
