namespace PolicyGateway.Configuration;

/// <summary>Active health probing of each upstream endpoint, so failover happens before callers see errors.</summary>
public sealed class UpstreamHealthOptions
{
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A cheap authenticated GET; the probe carries the upstream credential.</summary>
    public string Path { get; set; } = "/openai/v1/models";
}
