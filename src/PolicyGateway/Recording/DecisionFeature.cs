using PolicyGateway.Decisions;

namespace PolicyGateway.Recording;

/// <summary>The decision made for this request, for the request log line.</summary>
public sealed record DecisionFeature(Decision Decision)
{
    /// <summary>
    /// An allow that matched no rule and needed no fail-safe: the bulk of traffic. Its decision is carried by the
    /// request's own log event instead of a second event, which halves the logging cost of an allowed call.
    /// </summary>
    public bool IsRoutine => Decision is { Action: DecisionAction.Allow, Matched.Count: 0, Failure: null };
}
