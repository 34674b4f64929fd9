using OpenTelemetry.Exporter;

namespace PolicyGateway.Telemetry;

/// <summary>The <c>Gateway:Telemetry</c> configuration section: where metrics and traces go.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Gateway:Telemetry";

    /// <summary>Serve Prometheus metrics at <see cref="MetricsPath"/>. On by default: scraping is how most teams monitor.</summary>
    public bool PrometheusEnabled { get; set; } = true;

    /// <summary>The Prometheus scrape path. Not under <c>/openai/</c>, which is forwarded.</summary>
    public string MetricsPath { get; set; } = "/metrics";

    /// <summary>
    /// OTLP collector, e.g. <c>http://otel-collector:4317</c>. When set (or when the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable is), metrics and traces (one span per decision) are exported there.
    /// Tracing is off without it, so requests pay nothing for spans nobody collects.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>Grpc</c> (port 4317) or <c>HttpProtobuf</c> (port 4318, paths <c>/v1/traces</c>, <c>/v1/metrics</c>).</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>How often metrics are pushed to the OTLP collector.</summary>
    public TimeSpan OtlpExportInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; set; } = "policygateway";
}
