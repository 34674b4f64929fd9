using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy.Configuration;

/// <summary>
/// <c>acts_for: { sector: …, country: … }</c>: true when one of the caller's acts_for entries matches every key given
/// (each key takes one value or a list).
/// </summary>
public sealed record ActsForConditionConfig(
    IReadOnlyList<LocatedValue> Sectors,
    IReadOnlyList<LocatedValue> Countries,
    YamlOrigin Yaml);
