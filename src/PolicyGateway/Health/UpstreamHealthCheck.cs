using Microsoft.Extensions.Diagnostics.HealthChecks;
using PolicyGateway.Forwarding;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace PolicyGateway.Health;

/// <summary>
/// Ready only while YARP has at least one destination it considers healthy (active probes and passive failure
/// tracking decide which); a gateway with none could only answer 502/503.
/// </summary>
public sealed class UpstreamHealthCheck(IProxyStateLookup proxy) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!proxy.TryGetCluster(ProxyConfigFactory.ClusterId, out var cluster))
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the upstream cluster is not configured"));
        }
        // Counted from each destination's own health, not AvailableDestinations: the HealthyOrPanic policy lists every
        // destination when all are unhealthy, so traffic still has somewhere to go, which must not read as ready.
        var all = cluster.DestinationsState?.AllDestinations ?? [];
        var healthy = all.Count(d => d.Health.Active != DestinationHealth.Unhealthy && d.Health.Passive != DestinationHealth.Unhealthy);
        var total = all.Count;
        return Task.FromResult(healthy > 0
            ? HealthCheckResult.Healthy($"{healthy} of {total} upstream destinations healthy")
            : HealthCheckResult.Unhealthy($"none of {total} upstream destinations is healthy"));
    }
}
