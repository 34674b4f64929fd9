using Microsoft.Extensions.Diagnostics.HealthChecks;
using PolicyGateway.Policy;

namespace PolicyGateway.Health;

/// <summary>Ready only with a policy set in force that holds rules: without one every request would be decided on nothing.</summary>
public sealed class PoliciesHealthCheck(PolicyStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = store.Current;
        return Task.FromResult(current.Policies.Rules.Count > 0
            ? HealthCheckResult.Healthy($"policy version {current.Version}: {current.Policies.Rules.Count} rules")
            : HealthCheckResult.Unhealthy("no policy rules are loaded"));
    }
}
