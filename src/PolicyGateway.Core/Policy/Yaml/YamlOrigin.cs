namespace PolicyGateway.Policy.Yaml;

/// <summary>Where a YAML mapping and each of its keys were written, and which keys were not recognised.</summary>
public sealed record YamlOrigin(
    SourceLocation Location,
    IReadOnlyDictionary<string, SourceLocation> Keys,
    IReadOnlyList<UnknownField> UnknownFields)
{
    /// <summary>The line of <paramref name="key"/>, or of the mapping itself when the key is missing.</summary>
    public SourceLocation At(string key) => Keys.TryGetValue(key, out var location) ? location : Location;
}
