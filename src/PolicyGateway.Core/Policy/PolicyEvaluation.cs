using PolicyGateway.Decisions;

namespace PolicyGateway.Policy;

/// <summary>The outcome of evaluating every rule of a set against one input.</summary>
/// <param name="Enforced">Enforced deny rules that matched: any one of them denies.</param>
/// <param name="Shadow">Shadow deny rules that matched: the request would have been denied.</param>
/// <param name="Matched">Every matching rule, allow rules included, in file order.</param>
public sealed record PolicyEvaluation(
    DecisionAction Action,
    IReadOnlyList<RuleMatch> Enforced,
    IReadOnlyList<RuleMatch> Shadow,
    IReadOnlyList<RuleMatch> Matched)
{
    public static PolicyEvaluation NoMatch { get; } = new(DecisionAction.Allow, [], [], []);
}
