namespace PolicyGateway.Policy.Configuration;

/// <summary>All rule files of a policy directory, as written.</summary>
public sealed record PolicySetConfig(IReadOnlyList<PolicyFileConfig> Files);
