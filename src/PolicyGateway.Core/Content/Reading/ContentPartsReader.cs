using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Message content in every API's spelling: a string, or an array of typed parts (chat <c>text</c>/<c>image_url</c>/
/// <c>input_audio</c>/<c>file</c>, responses and realtime <c>input_text</c>/<c>input_image</c>/<c>input_file</c>,
/// assistants <c>image_file</c>). The type names do not collide, so one reader serves all of them.
/// </summary>
internal static class ContentPartsReader
{
    /// <param name="textKind"><see cref="ContentKind.ToolCall"/> for a tool's output, otherwise <see cref="ContentKind.Text"/>.</param>
    public static void Read(JsonElement content, string path, PartSink sink, string? role, ContentKind textKind)
    {
        switch (content.ValueKind)
        {
            case JsonValueKind.String:
                sink.AddString(textKind, path, content, role);
                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (var part in content.EnumerateArray())
                {
                    ReadPart(part, $"{path}[{index++}]", sink, role, textKind);
                }

                break;
        }
    }

    public static void ReadPart(JsonElement part, string path, PartSink sink, string? role, ContentKind textKind)
    {
        if (part.ValueKind == JsonValueKind.String)
        {
            sink.AddString(textKind, path, part, role);
            return;
        }

        if (!JsonShape.TryGetString(part, "type", out var type))
        {
            GenericStrings.Walk(part, path, sink, textKind, role);
            return;
        }

        if (type.ValueEquals("text") || type.ValueEquals("input_text") || type.ValueEquals("output_text"))
        {
            ReadText(part, path, sink, role, textKind);
        }
        else if (type.ValueEquals("image_url"))
        {
            // Chat nests the URL ({image_url:{url}}); assistants and some clients send it flat.
            var url = JsonShape.TryGetObject(part, "image_url", out var image) && image.TryGetProperty("url", out var nested) ? nested
                : part.TryGetProperty("image_url", out var flat) ? flat : default;
            ImageParts.AddUrl(sink, path, url, role);
        }
        else if (type.ValueEquals("input_image"))
        {
            ReadInputImage(part, path, sink, role);
        }
        else if (type.ValueEquals("image_file") && JsonShape.TryGetObject(part, "image_file", out var imageFile)
                 && imageFile.TryGetProperty("file_id", out var fileId))
        {
            ImageParts.AddFileId(sink, path, fileId, role);
        }
        else if (type.ValueEquals("input_audio"))
        {
            AudioParts.AddInputAudio(part, path, sink, role);
        }
        else if (type.ValueEquals("file") || type.ValueEquals("input_file"))
        {
            FileParts.Add(JsonShape.TryGetObject(part, "file", out var file) ? file : part, path, sink, role);
        }
        else if (type.ValueEquals("refusal"))
        {
            sink.AddProperty(ContentKind.Text, part, "refusal", path, role);
        }
        else if (type.ValueEquals("audio") || type.ValueEquals("output_audio"))
        {
            // An assistant's spoken turn in a realtime conversation: only its transcript is text.
            sink.AddProperty(ContentKind.Text, part, "transcript", path, role);
        }
        else
        {
            GenericStrings.Walk(part, path, sink, textKind, role);
        }
    }

    private static void ReadText(JsonElement part, string path, PartSink sink, string? role, ContentKind textKind)
    {
        if (!part.TryGetProperty("text", out var text))
        {
            return;
        }

        // Assistants messages echo text back as {value, annotations}; clients replaying history send that shape.
        if (text.ValueKind == JsonValueKind.Object && text.TryGetProperty("value", out var value))
        {
            text = value;
        }

        sink.AddString(textKind, path, text, role);
    }

    private static void ReadInputImage(JsonElement part, string path, PartSink sink, string? role)
    {
        if (part.TryGetProperty("image_url", out var url) && url.ValueKind == JsonValueKind.String)
        {
            ImageParts.AddUrl(sink, path, url, role);
        }
        else if (part.TryGetProperty("file_id", out var fileId))
        {
            ImageParts.AddFileId(sink, path, fileId, role);
        }
    }
}
