using Microsoft.Extensions.Logging;

namespace PolicyGateway.Hosting;

internal static partial class GatewayStartupLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "No Azure OpenAI endpoint configured (Gateway:Upstream:Endpoints): forwarding to the built-in emulator at {Address}. Try: curl -H 'api-key: pgw-demo-us-retail' ...")]
    public static partial void UsingEmulator(this ILogger logger, Uri address);

    [LoggerMessage(Level = LogLevel.Information, Message = "Forwarding to {Count} Azure OpenAI endpoint(s) with {Auth} credentials: {Endpoints}")]
    public static partial void UsingAzure(this ILogger logger, int count, string auth, string endpoints);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inspection is OFF (Gateway:Inspection:Enabled=false): requests are forwarded without policy checks")]
    public static partial void InspectionDisabled(this ILogger logger);

}
