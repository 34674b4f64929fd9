using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Callers;

/// <summary>One entry of <c>callers.yaml</c>, as written; unchecked until <see cref="CallerConfigValidator"/> passes it.</summary>
public sealed record CallerConfig(
    string? Id,
    string? Name,
    string? Organization,
    string? Sector,
    string? Country,
    string? Subdivision,
    IReadOnlyList<ActsForConfig> ActsFor,
    IReadOnlyList<LocatedValue> KeySha256,
    YamlOrigin Yaml);
