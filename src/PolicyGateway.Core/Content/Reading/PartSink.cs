using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Collects the parts of one <see cref="RequestContent"/>, enforcing <see cref="ContentLimits"/>;
/// a prefix (e.g. <c>file:batch.jsonl#line 3 custom_id=a: </c>) is put in front of every location for nested content.
/// </summary>
internal sealed class PartSink(ContentLimits limits, string prefix = "")
{
    private readonly List<ContentPart> _parts = [];

    public ContentLimits Limits { get; } = limits;

    public IReadOnlyList<ContentPart> Parts => _parts;

    public void Add(
        ContentKind kind,
        string path,
        string? text = null,
        ReadOnlyMemory<byte> data = default,
        string? mediaType = null,
        IReadOnlyDictionary<string, string>? metadata = null,
        string? role = null)
    {
        if (_parts.Count >= Limits.MaxParts)
        {
            throw new ContentParseException(
                $"The request has more than {Limits.MaxParts} content parts.", null);
        }

        if (text is not null && text.Length > Limits.MaxTextChars)
        {
            throw new ContentParseException(
                $"The text at {path} is longer than {Limits.MaxTextChars} characters.", path);
        }

        string location = prefix.Length == 0 ? path : string.Concat(prefix, path);
        _parts.Add(new ContentPart(kind, location, text, data, mediaType, metadata) { Role = role });
    }

    /// <summary>Adds <paramref name="value"/> when it is a non-empty JSON string; other shapes carry no text for the model.</summary>
    public void AddString(ContentKind kind, string path, JsonElement value, string? role = null)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        string text = value.GetString()!;
        if (text.Length > 0)
        {
            Add(kind, path, text, role: role);
        }
    }

    /// <summary>Adds <c>parent.name</c> when it is a non-empty JSON string.</summary>
    public void AddProperty(ContentKind kind, JsonElement parent, string name, string parentPath, string? role = null)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            AddString(kind, JsonPath.Join(parentPath, name), value, role);
        }
    }
}
