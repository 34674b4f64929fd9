using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Callers;

/// <summary>The whole of <c>callers.yaml</c>, as written.</summary>
public sealed record CallerRegistryConfig(string File, IReadOnlyList<CallerConfig> Callers, YamlOrigin Yaml);
