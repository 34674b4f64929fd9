using YamlDotNet.RepresentationModel;

namespace PolicyGateway.Policy.Yaml;

/// <summary>Reads the keys of one YAML mapping, remembering each key's line and every key outside the schema.</summary>
internal sealed class YamlMappingReader
{
    private readonly YamlSource _source;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public YamlMappingReader(YamlSource source, YamlMappingNode node, string what, IReadOnlyList<string> allowed)
    {
        _source = source;
        var keys = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var unknown = new List<UnknownField>();
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                source.Error(key, $"{what}: keys must be plain names");
                continue;
            }
            keys[name] = source.At(key);
            if (allowed.Contains(name))
            {
                _entries[name] = (key, value);
            }
            else
            {
                unknown.Add(new UnknownField(name, source.At(key), allowed));
            }
        }
        Origin = new YamlOrigin(source.At(node), keys, unknown);
    }

    public YamlOrigin Origin { get; }

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Node(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public string? Scalar(string key) => Node(key) is { } node ? _source.Scalar(node, $"'{key}'") : null;

    public IReadOnlyList<YamlNode> Sequence(string key) => Node(key) is { } node ? _source.Sequence(node, $"'{key}'") : [];

    /// <summary>A list of scalars; a single scalar is accepted as a list of one so <c>key_sha256: abc…</c> reads naturally.</summary>
    public IReadOnlyList<LocatedValue> Values(string key)
    {
        return Node(key) switch
        {
            null => [],
            YamlScalarNode { Value: var value } scalar => [new LocatedValue(value ?? "", _source.At(scalar))],
            var node => _source.Sequence(node, $"'{key}'")
                .Select(item => _source.Scalar(item, $"each item of '{key}'") is { } text ? new LocatedValue(text, _source.At(item)) : null)
                .OfType<LocatedValue>()
                .ToList(),
        };
    }
}
