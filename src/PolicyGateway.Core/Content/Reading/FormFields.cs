using PolicyGateway.Content.Multipart;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// A parsed form with a location for each section: the field name, or <c>name#k</c> (1-based) when a name repeats
/// (<c>image[]#1</c>, <c>image[]#2</c>).
/// </summary>
internal sealed class FormFields
{
    private FormFields(List<(MultipartSection, string)> sections) => Sections = sections;

    public IReadOnlyList<(MultipartSection Section, string Location)> Sections { get; }

    public static FormFields Parse(string? contentType, ReadOnlyMemory<byte> body, ContentLimits limits)
    {
        var sections = MultipartFormData.Parse(contentType, body, limits.MaxParts);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            counts[section.Name ?? ""] = counts.GetValueOrDefault(section.Name ?? "") + 1;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var located = new List<(MultipartSection, string)>(sections.Count);
        foreach (var section in sections)
        {
            string name = section.Name ?? "";
            int occurrence = seen[name] = seen.GetValueOrDefault(name) + 1;
            located.Add((section, counts[name] > 1 ? $"{name}#{occurrence}" : name));
        }

        return new FormFields(located);
    }

    /// <summary>The only value of a plain field; a field sent twice is refused, since the upstream might honour either copy.</summary>
    public string? SingleValue(string name)
    {
        string? value = null;
        foreach (var (section, _) in Sections)
        {
            if (section.Name == name)
            {
                if (value is not null)
                {
                    throw new ContentParseException($"The form field '{name}' is sent more than once.", name);
                }

                value = TextFile.Decode(section.Body.Span);
            }
        }

        return value;
    }

    public void AddText(PartSink sink, MultipartSection section, string location)
    {
        if (!TextFile.IsText(section.Body.Span))
        {
            if (section.Body.IsEmpty)
            {
                return;
            }

            throw new ContentParseException($"The form field '{section.Name}' is not UTF-8 text.", section.Name);
        }

        sink.Add(ContentKind.Text, location, TextFile.Decode(section.Body.Span), role: Roles.User);
    }
}
