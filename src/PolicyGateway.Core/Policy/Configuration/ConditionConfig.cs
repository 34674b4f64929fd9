using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy.Configuration;

/// <summary>
/// One node of a <c>when</c> tree as written: <c>all</c>/<c>any</c> (Children), <c>not</c> (one child),
/// <c>field</c> with one operator and its operand(s), or <c>acts_for</c>.
/// </summary>
public sealed record ConditionConfig(
    ConditionKind Kind,
    IReadOnlyList<ConditionConfig> Children,
    string? Field,
    string? Operator,
    IReadOnlyList<LocatedValue> Operands,
    ActsForConditionConfig? ActsFor,
    YamlOrigin Yaml);
