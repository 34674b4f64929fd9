namespace PolicyGateway.Policy.Yaml;

/// <summary>A scalar from YAML with the line it was written on.</summary>
public sealed record LocatedValue(string Text, SourceLocation Location);
