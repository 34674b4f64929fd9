using PolicyGateway.Decisions;

namespace PolicyGateway.Policy;

/// <summary>
/// Compiled rules, evaluated together: an enforced deny that matches wins; an allow that matches is recorded
/// but cannot override it; with no enforced deny the request is allowed. Immutable and thread-safe.
/// </summary>
public sealed class PolicySet
{
    private readonly PolicyRule[] _rules;

    public PolicySet(IEnumerable<PolicyRule> rules)
    {
        _rules = rules.ToArray();
    }

    public IReadOnlyList<PolicyRule> Rules => _rules;

    public PolicyRule? Find(string id) => Array.Find(_rules, r => r.Id == id);

    public PolicyEvaluation Evaluate(in PolicyInput input)
    {
        List<RuleMatch>? matched = null;
        List<RuleMatch>? enforced = null;
        List<RuleMatch>? shadow = null;
        foreach (var rule in _rules)
        {
            if (!rule.Condition.IsMet(input))
            {
                continue;
            }
            (matched ??= []).Add(rule.Match);
            if (rule.Effect == RuleEffect.Deny)
            {
                if (rule.Mode == RuleMode.Enforce)
                {
                    (enforced ??= []).Add(rule.Match);
                }
                else
                {
                    (shadow ??= []).Add(rule.Match);
                }
            }
        }
        return matched is null
            ? PolicyEvaluation.NoMatch
            : new PolicyEvaluation(enforced is null ? DecisionAction.Allow : DecisionAction.Deny, enforced ?? [], shadow ?? [], matched);
    }
}
