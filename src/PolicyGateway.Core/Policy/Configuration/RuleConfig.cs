using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy.Configuration;

/// <summary>One rule as written; every field may be missing or wrong until <see cref="RuleConfigValidator"/> has passed it.</summary>
public sealed record RuleConfig(
    string? Id,
    string? Title,
    SourceConfig? Source,
    ConditionConfig? When,
    string? Effect,
    string? Mode,
    string? Message,
    YamlOrigin Yaml);
