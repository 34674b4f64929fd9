using PolicyGateway.Decisions;
using PolicyGateway.Policy.Conditions;
using PolicyGateway.Policy.Configuration;
using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy;

/// <summary>A validated, compiled rule. Its <see cref="Match"/> is built once so a match costs no allocation.</summary>
public sealed class PolicyRule
{
    internal PolicyRule(string id, RuleEffect effect, RuleMode mode, Condition condition, ConditionConfig when, RuleMatch match, SourceLocation location)
    {
        Id = id;
        Effect = effect;
        Mode = mode;
        Condition = condition;
        When = when;
        Match = match;
        Location = location;
    }

    public string Id { get; }

    public RuleEffect Effect { get; }

    public RuleMode Mode { get; }

    public Condition Condition { get; }

    /// <summary>The condition as written, which the pack manifest compares with its floor for the rule.</summary>
    public ConditionConfig When { get; }

    /// <summary>What a decision records when this rule matches: title, message and cited source.</summary>
    public RuleMatch Match { get; }

    /// <summary>Where the rule is written, for messages that send people to it.</summary>
    public SourceLocation Location { get; }
}
