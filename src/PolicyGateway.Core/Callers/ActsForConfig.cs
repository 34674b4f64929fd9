using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Callers;

/// <summary>One <c>acts_for</c> entry of a caller, as written.</summary>
public sealed record ActsForConfig(string? Sector, string? Country, YamlOrigin Yaml);
