namespace PolicyGateway.Configuration;

public sealed class InspectionOptions
{
    /// <summary>
    /// Off turns the gateway into a bare authenticated pass-through. Only for measuring the proxy's own cost:
    /// no policy is enforced.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Largest request body read for inspection; larger bodies are refused with 413, never forwarded uninspected.</summary>
    public long MaxBodyBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// Longest classification + evaluation may take; past it the request is denied (fail closed). One second: the
    /// learned stage takes tens of milliseconds alone, but queues behind other requests' embeddings on a busy host, and
    /// a legitimate call denied for slowness is a wrong decision too.
    /// </summary>
    public TimeSpan DecisionBudget { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// APIs (e.g. <c>Embeddings</c>) for which the operator accepts forwarding when no decision can be made in time.
    /// Empty by default: every API fails closed.
    /// </summary>
    public List<Content.ApiKind> FailOpenApis { get; set; } = [];
}
