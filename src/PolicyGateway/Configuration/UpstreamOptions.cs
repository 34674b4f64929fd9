namespace PolicyGateway.Configuration;

public sealed class UpstreamOptions
{
    /// <summary>Resource endpoints, e.g. <c>https://my-eastus.openai.azure.com/</c>. Several form one cluster with failover.</summary>
    public List<string> Endpoints { get; set; } = [];

    public UpstreamAuthMode Auth { get; set; } = UpstreamAuthMode.ApiKey;

    /// <summary>The real Azure OpenAI key for <see cref="UpstreamAuthMode.ApiKey"/>; best set through the environment.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Token audience for <see cref="UpstreamAuthMode.EntraId"/>.</summary>
    public string Scope { get; set; } = "https://cognitiveservices.azure.com/.default";

    /// <summary>YARP load-balancing policy; FirstAlphabetical gives primary/secondary failover in endpoint order.</summary>
    public string LoadBalancingPolicy { get; set; } = "FirstAlphabetical";

    /// <summary>Idle time after which a proxied call is abandoned; slow reasoning calls need more than YARP's 100 s default.</summary>
    public TimeSpan ActivityTimeout { get; set; } = TimeSpan.FromMinutes(10);

    public UpstreamHealthOptions HealthCheck { get; set; } = new();
}
