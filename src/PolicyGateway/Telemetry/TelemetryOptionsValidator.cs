using FluentValidation;

namespace PolicyGateway.Telemetry;

/// <summary>Start-up validation of <see cref="TelemetryOptions"/>; every message names the setting.</summary>
public sealed class TelemetryOptionsValidator : AbstractValidator<TelemetryOptions>
{
    public TelemetryOptionsValidator()
    {
        RuleFor(o => o.MetricsPath)
            .Must(p => p.StartsWith('/') && !p.StartsWith("/openai/", StringComparison.OrdinalIgnoreCase) && p != "/openai")
            .WithMessage(o => $"Gateway:Telemetry:MetricsPath '{o.MetricsPath}' must start with '/' and must not be under /openai/ (those paths are forwarded).");
        RuleFor(o => o.OtlpEndpoint)
            .Must(e => Uri.TryCreate(e, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .When(o => !string.IsNullOrEmpty(o.OtlpEndpoint))
            .WithMessage(o => $"Gateway:Telemetry:OtlpEndpoint '{o.OtlpEndpoint}' must be an absolute http(s) URI such as http://otel-collector:4317.");
        RuleFor(o => o.OtlpProtocol).IsInEnum()
            .WithMessage("Gateway:Telemetry:OtlpProtocol must be Grpc or HttpProtobuf.");
        RuleFor(o => o.OtlpExportInterval).InclusiveBetween(TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1))
            .WithMessage("Gateway:Telemetry:OtlpExportInterval must be between 100 ms and 1 hour.");
        RuleFor(o => o.ServiceName).NotEmpty()
            .WithMessage("Gateway:Telemetry:ServiceName must not be empty.");
    }
}
