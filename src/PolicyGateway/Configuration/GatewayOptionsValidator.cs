using FluentValidation;

namespace PolicyGateway.Configuration;

/// <summary>Start-up validation; every message names the setting so an operator can fix it.</summary>
public sealed class GatewayOptionsValidator : AbstractValidator<GatewayOptions>
{
    public GatewayOptionsValidator()
    {
        RuleFor(o => o.PoliciesPath)
            .NotEmpty().WithMessage("Gateway:PoliciesPath must name the directory holding callers.yaml and the policies.")
            .Must(Directory.Exists).WithMessage(o => $"Gateway:PoliciesPath '{Path.GetFullPath(o.PoliciesPath)}' does not exist.");

        // A production gateway must never answer from a fake model: only demo mode may run without an upstream.
        RuleFor(o => o.Upstream.Endpoints)
            .NotEmpty()
            .When(o => !o.Demo)
            .WithMessage("Gateway:Upstream:Endpoints is empty: configure at least one Azure OpenAI endpoint (e.g. Gateway__Upstream__Endpoints__0=https://my-resource.openai.azure.com/). The built-in emulator runs only in demo mode (dotnet run from the repository).");

        RuleFor(o => o.DemoCallersPath)
            .Must(File.Exists)
            .When(o => o.Demo)
            .WithMessage(o => $"Gateway:DemoCallersPath '{o.DemoCallersPath}' does not exist (demo mode reads the demo callers from it).");

        RuleForEach(o => o.Upstream.Endpoints)
            .Must(BeAbsoluteHttpUri)
            .WithMessage((_, e) => $"Gateway:Upstream:Endpoints entry '{e}' must be an absolute http(s) URI such as https://my-resource.openai.azure.com/.");

        RuleFor(o => o.Upstream.ApiKey)
            .NotEmpty()
            .When(o => o.Upstream.Endpoints.Count > 0 && o.Upstream.Auth == UpstreamAuthMode.ApiKey)
            .WithMessage("Gateway:Upstream:ApiKey is required when Gateway:Upstream:Auth is ApiKey (set it through the environment: Gateway__Upstream__ApiKey).");

        RuleFor(o => o.Upstream.LoadBalancingPolicy)
            .Must(p => KnownLoadBalancingPolicies.Contains(p))
            .WithMessage(o => $"Gateway:Upstream:LoadBalancingPolicy '{o.Upstream.LoadBalancingPolicy}' is not one of {string.Join(", ", KnownLoadBalancingPolicies)}.");

        RuleFor(o => o.Upstream.ActivityTimeout).GreaterThan(TimeSpan.Zero)
            .WithMessage("Gateway:Upstream:ActivityTimeout must be positive.");
        RuleFor(o => o.Upstream.HealthCheck.Interval).GreaterThan(TimeSpan.Zero)
            .WithMessage("Gateway:Upstream:HealthCheck:Interval must be positive.");
        RuleFor(o => o.Upstream.HealthCheck.Path).Must(p => p.StartsWith('/'))
            .WithMessage("Gateway:Upstream:HealthCheck:Path must start with '/'.");
        RuleFor(o => o.Inspection.DecisionBudget).InclusiveBetween(TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30))
            .WithMessage("Gateway:Inspection:DecisionBudget must be between 1 ms and 30 s.");
        RuleFor(o => o.Inspection.MaxBodyBytes).InclusiveBetween(1024, 1L << 30)
            .WithMessage("Gateway:Inspection:MaxBodyBytes must be between 1 KiB and 1 GiB.");
    }

    private static readonly string[] KnownLoadBalancingPolicies =
        ["FirstAlphabetical", "RoundRobin", "PowerOfTwoChoices", "LeastRequests", "Random"];

    private static bool BeAbsoluteHttpUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
