using PolicyGateway.Configuration;
using Yarp.ReverseProxy.Configuration;

namespace PolicyGateway.Forwarding;

/// <summary>Builds YARP's routes and the one upstream cluster from <see cref="UpstreamOptions"/>.</summary>
public static class ProxyConfigFactory
{
    public const string ClusterId = "azure-openai";
    public const string RouteId = "openai";

    public static RouteConfig[] Routes() =>
    [
        new RouteConfig { RouteId = RouteId, ClusterId = ClusterId, Match = new RouteMatch { Path = "/openai/{**rest}" } },
    ];

    public static ClusterConfig[] Clusters(UpstreamOptions upstream, IReadOnlyList<string> endpoints) =>
    [
        new ClusterConfig
        {
            ClusterId = ClusterId,
            LoadBalancingPolicy = upstream.LoadBalancingPolicy,
            // Destination ids sort in configuration order, which FirstAlphabetical turns into primary/secondary failover.
            Destinations = endpoints
                .Select((e, i) => (Id: $"upstream-{i:D2}", Address: e))
                .ToDictionary(d => d.Id, d => new DestinationConfig { Address = d.Address }),
            HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig
            {
                ActivityTimeout = upstream.ActivityTimeout,
                AllowResponseBuffering = false,
            },
            HealthCheck = new HealthCheckConfig
            {
                AvailableDestinationsPolicy = "HealthyOrPanic",
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = upstream.HealthCheck.Enabled,
                    Interval = upstream.HealthCheck.Interval,
                    Timeout = upstream.HealthCheck.Timeout,
                    Policy = "ConsecutiveFailures",
                    Path = upstream.HealthCheck.Path,
                },
                Passive = new PassiveHealthCheckConfig
                {
                    Enabled = true,
                    Policy = "TransportFailureRate",
                    ReactivationPeriod = upstream.HealthCheck.Interval,
                },
            },
        },
    ];
}
