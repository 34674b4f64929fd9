namespace PolicyGateway.Smoke;

/// <summary>What happened to one case.</summary>
/// <param name="Status">The HTTP status the gateway answered, or null when no answer came.</param>
/// <param name="DecisionId">The gateway's <c>x-policy-decision-id</c>, when it made a decision.</param>
/// <param name="Problem">Why the case failed (null when it passed).</param>
/// <param name="Reason">The gateway's own explanation: the error message of a non-2xx answer.</param>
public sealed record SmokeResult(SmokeCase Case, int? Status, string? DecisionId, string? Problem, string? Reason, TimeSpan Elapsed)
{
    public bool Passed => Problem is null;
}
