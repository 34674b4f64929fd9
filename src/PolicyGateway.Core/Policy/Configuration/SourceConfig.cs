using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy.Configuration;

/// <summary>The document a rule enforces, the words it quotes, and where to read them.</summary>
public sealed record SourceConfig(string? Document, string? Quote, string? Link, YamlOrigin Yaml);
