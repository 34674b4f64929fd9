using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PolicyGateway.Configuration;
using PolicyGateway.Decisions;
using PolicyGateway.Recording;

namespace PolicyGateway.Telemetry;

/// <summary>
/// OpenTelemetry for the gateway: decisions (Core's meter and one span per decision), the classifier's meter,
/// ASP.NET Core and HttpClient instrumentation, upstream latency by destination, the .NET runtime; Prometheus at
/// <c>/metrics</c>, OTLP when a collector is configured.
/// </summary>
public static class GatewayTelemetry
{
    /// <summary>Core's classifier meter; its class is internal to Core, so the name is repeated here.</summary>
    public const string IntentMeterName = "PolicyGateway.Intent";

    /// <summary>The standard OpenTelemetry variable; honoured as well as <c>Gateway:Telemetry:OtlpEndpoint</c>.</summary>
    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static IServiceCollection AddGatewayTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(TelemetryOptions.SectionName);
        services.AddSingleton<IValidator<TelemetryOptions>, TelemetryOptionsValidator>();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, FluentOptionsValidator<TelemetryOptions>>();
        services.AddOptions<TelemetryOptions>().Bind(section).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<UpstreamMetrics>();

        // Which exporters exist is decided while composing, before options are resolved; the same binding is read
        // here, and ValidateOnStart still stops start-up with a message when a value is invalid.
        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = !string.IsNullOrEmpty(options.OtlpEndpoint) || !string.IsNullOrEmpty(configuration[OtlpEndpointVariable]);

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(DecisionMetrics.MeterName, IntentMeterName, UpstreamMetrics.MeterName, RecordingMetrics.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (options.PrometheusEnabled)
                {
                    metrics.AddPrometheusExporter();
                }
                if (otlp)
                {
                    metrics.AddOtlpExporter((exporter, reader) =>
                    {
                        ConfigureOtlp(exporter, options, "v1/metrics");
                        reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.OtlpExportInterval.TotalMilliseconds;
                    });
                }
            });
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(DecisionTracing.SourceName)
                .AddAspNetCoreInstrumentation(aspNetCore =>
                {
                    // Probes and scrapes would outnumber real calls in every trace view.
                    aspNetCore.Filter = context => !IsOperational(context.Request.Path, options.MetricsPath);
                })
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(exporter => ConfigureOtlp(exporter, options, "v1/traces")));
        }
        return services;
    }

    /// <summary>Maps the Prometheus scrape endpoint, when enabled.</summary>
    public static void MapGatewayTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        if (options.PrometheusEnabled)
        {
            app.MapPrometheusScrapingEndpoint(options.MetricsPath);
        }
    }

    private static void ConfigureOtlp(OtlpExporterOptions exporter, TelemetryOptions options, string signalPath)
    {
        if (string.IsNullOrEmpty(options.OtlpEndpoint) || !Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var endpoint))
        {
            // Left to the standard OTEL_EXPORTER_OTLP_* variables, which the exporter reads itself.
            return;
        }
        exporter.Protocol = options.OtlpProtocol;
        // Over HTTP the exporter posts to the endpoint as given, so the signal's path is added here; gRPC takes the base.
        exporter.Endpoint = options.OtlpProtocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath)
            : endpoint;
    }

    private static bool IsOperational(PathString path, string metricsPath) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz") || path.StartsWithSegments(metricsPath);
}
