using PolicyGateway.Policy.Configuration;

namespace PolicyGateway.Policy;

/// <summary>
/// A rule the policy pack's manifest says must always be present, enforced and denying, and denying at least every
/// request its <see cref="Floor"/> matches.
/// </summary>
/// <param name="Floor">The manifest's <c>when:</c> for the rule: the narrowest condition the rule may have.</param>
public sealed record RequiredRule(string Id, Yaml.SourceLocation Location, ConditionConfig Floor)
{
    /// <summary>The floor in the condition language, one line; two entries with the same id and text are the same requirement.</summary>
    public string FloorText { get; } = Conditions.ConditionText.Of(Floor);
}
