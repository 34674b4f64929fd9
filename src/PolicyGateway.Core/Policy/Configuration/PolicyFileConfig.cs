using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy.Configuration;

/// <summary>One <c>policies/*.yaml</c> rule file, as written.</summary>
public sealed record PolicyFileConfig(string File, IReadOnlyList<RuleConfig> Rules, YamlOrigin Yaml);
