namespace PolicyGateway.Policy.Yaml;

/// <summary>A key the schema does not know: kept so the validator reports it instead of it being silently ignored.</summary>
public sealed record UnknownField(string Name, SourceLocation Location, IReadOnlyList<string> Allowed);
