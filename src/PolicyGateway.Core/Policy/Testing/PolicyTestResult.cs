using PolicyGateway.Decisions;

namespace PolicyGateway.Policy.Testing;

/// <summary>The outcome of one policy test: the decision made (or the reader's refusal) and what differed from the expectation.</summary>
public sealed record PolicyTestResult(PolicyTestCase Case, Decision? Decision, string? Rejection, IReadOnlyList<string> Differences)
{
    public bool Passed => Differences.Count == 0;
}
