using System.Text.Json;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using PolicyGateway.Content;

namespace PolicyGateway.Core.Tests.Intent;

/// <summary>
/// Turns a corpus request body into <see cref="RequestContent"/> the way the gateway's content reader does for the
/// shapes the corpus uses: every string the model reads becomes a part located by its JSON path; tool
/// definitions become one part each; earlier tool calls and tool results are <see cref="ContentKind.ToolCall"/>;
/// data-URL images become image parts with their EXIF read back from the bytes. Image placeholders
/// ("{{IMAGE:n}}") are replaced by tiny JPEGs carrying the entry's make/model.
/// </summary>
internal static class CorpusRequestBuilder
{
    private static readonly HashSet<string> NonContentKeys =
    [
        "model", "role", "type", "custom_id", "method", "id", "tool_call_id", "detail", "encoding_format",
        "tool_choice", "size", "voice", "modalities", "status", "name",
    ];

    public static RequestContent Build(CorpusEntry entry)
    {
        var (api, body) = entry.Api switch
        {
            "chat" => (ApiKind.ChatCompletions, entry.Body),
            "responses" => (ApiKind.Responses, entry.Body),
            "completions" => (ApiKind.Completions, entry.Body),
            "embeddings" => (ApiKind.Embeddings, entry.Body),
            "image_generation" => (ApiKind.ImageGenerations, entry.Body),
            "realtime" => (ApiKind.Realtime, entry.Body),
            // A batch line is classified like the request it carries; the caller unwraps nested requests.
            "batch_line" => (ApiKind.ChatCompletions, entry.Body.GetProperty("body")),
            _ => throw new InvalidDataException("unknown api " + entry.Api),
        };

        var parts = new List<ContentPart>();
        Walk(body, "", ContentKind.Text, entry, parts);
        return new RequestContent(api, parts, []);
    }

    private static void Walk(JsonElement element, string path, ContentKind kind, CorpusEntry entry, List<ContentPart> parts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (path.EndsWith(']') && path.Contains("tools[", StringComparison.Ordinal))
                {
                    parts.Add(new ContentPart(ContentKind.ToolDefinition, path, ToolText(element)));
                    return;
                }

                var toolMessage = element.TryGetProperty("role", out var role) && role.ValueKind == JsonValueKind.String && role.GetString() == "tool";
                foreach (var property in element.EnumerateObject())
                {
                    if (NonContentKeys.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        continue;
                    }

                    var childKind = property.Name is "tool_calls" or "function_call" || toolMessage ? ContentKind.ToolCall : kind;
                    var childPath = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    Walk(property.Value, childPath, childKind, entry, parts);
                }

                return;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{index++}]", kind, entry, parts);
                }

                return;
            case JsonValueKind.String:
                var text = element.GetString()!;
                if (text.StartsWith("data:image/", StringComparison.Ordinal))
                {
                    parts.Add(Image(text, path, entry));
                }
                else if (text.Length > 0)
                {
                    parts.Add(new ContentPart(kind, path, text));
                }

                return;
        }
    }

    private static string ToolText(JsonElement tool)
    {
        var function = tool.TryGetProperty("function", out var f) ? f : tool;
        var name = function.TryGetProperty("name", out var n) ? n.GetString() : null;
        var description = function.TryGetProperty("description", out var d) ? d.GetString() : null;
        var parameters = function.TryGetProperty("parameters", out var p) ? p.GetRawText() : null;
        return $"{name}\n{description}\n{parameters}";
    }

    private static ContentPart Image(string dataUrl, string path, CorpusEntry entry)
    {
        var marker = dataUrl.IndexOf("{{IMAGE:", StringComparison.Ordinal);
        byte[] bytes;
        if (marker >= 0)
        {
            var number = int.Parse(dataUrl[(marker + 8)..dataUrl.IndexOf("}}", marker, StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            var image = number < entry.Images.Count ? entry.Images[number] : new CorpusImage("", "", "");
            bytes = TinyJpeg.WithExif(image.Make, image.Model, image.Software);
        }
        else
        {
            bytes = Convert.FromBase64String(dataUrl[(dataUrl.IndexOf(',') + 1)..]);
        }

        return new ContentPart(ContentKind.Image, path, Data: bytes, MediaType: "image/jpeg", Metadata: Exif(bytes));
    }

    private static Dictionary<string, string> Exif(byte[] bytes)
    {
        var metadata = new Dictionary<string, string>();
        using var stream = new MemoryStream(bytes);
        foreach (var directory in ImageMetadataReader.ReadMetadata(stream).OfType<ExifIfd0Directory>())
        {
            foreach (var (tag, key) in new[] { (ExifDirectoryBase.TagMake, "Make"), (ExifDirectoryBase.TagModel, "Model"), (ExifDirectoryBase.TagSoftware, "Software") })
            {
                if (directory.GetDescription(tag) is { } value)
                {
                    metadata[key] = value;
                }
            }
        }

        return metadata;
    }
}
