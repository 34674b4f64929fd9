namespace PolicyGateway.Policy;

/// <summary>A rule the policy pack's manifest says must always be present, enforced and denying.</summary>
public sealed record RequiredRule(string Id, Yaml.SourceLocation Location);
