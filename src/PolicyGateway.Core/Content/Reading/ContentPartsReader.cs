using System.Collections.Frozen;
using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Message content in every API's spelling: a string, or an array of typed parts (chat <c>text</c>/<c>image_url</c>/
/// <c>input_audio</c>/<c>file</c>, responses and realtime <c>input_text</c>/<c>input_image</c>/<c>input_file</c>,
/// assistants <c>image_file</c>). The type names do not collide, so one reader serves all of them.
/// </summary>
internal static class ContentPartsReader
{
    // The fields each part type's reader handles; any other field of the part is read as generic text (UnknownFields).
    // Token log probabilities repeat the part's own text one token at a time, so they are not read again.
    private static readonly FrozenSet<string> TextFields = UnknownFields.Fields("type", "text", "logprobs");
    private static readonly FrozenSet<string> TextValueFields = UnknownFields.Fields("value");
    private static readonly FrozenSet<string> ImageUrlFields = UnknownFields.Fields("type", "image_url");
    private static readonly FrozenSet<string> UrlFields = UnknownFields.Fields("url", "detail");
    private static readonly FrozenSet<string> InputImageFields = UnknownFields.Fields("type", "image_url", "file_id", "detail");
    private static readonly FrozenSet<string> ImageFileFields = UnknownFields.Fields("type", "image_file");
    private static readonly FrozenSet<string> FileIdFields = UnknownFields.Fields("file_id", "detail");
    private static readonly FrozenSet<string> InputAudioFields = UnknownFields.Fields("type", "input_audio", "data", "audio", "format", "transcript");
    private static readonly FrozenSet<string> AudioDataFields = UnknownFields.Fields("data", "audio", "format");
    private static readonly FrozenSet<string> FileFields = UnknownFields.Fields("type", "file", FileParts.FileId, "file_data", FileParts.FileName, FileParts.FileUrl);
    private static readonly FrozenSet<string> FileObjectFields = UnknownFields.Fields(FileParts.FileId, "file_data", FileParts.FileName, FileParts.FileUrl);
    private static readonly FrozenSet<string> RefusalFields = UnknownFields.Fields("type", "refusal");
    private static readonly FrozenSet<string> SpokenFields = UnknownFields.Fields("type", "transcript", "audio", "format");

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
            case JsonValueKind.Object:
                // One part where an array belongs: a lenient upstream may still show it to the model.
                ReadPart(content, path, sink, role, textKind);
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

        var known = ReadTyped(part, type, path, sink, role, textKind);
        if (known is null)
        {
            GenericStrings.Walk(part, path, sink, textKind, role);
            return;
        }
        UnknownFields.ReadOthers(part, path, known, sink, textKind, role);
    }

    /// <summary>Reads a part of a known type and returns the fields it handled, or null for a type it does not know.</summary>
    private static FrozenSet<string>? ReadTyped(JsonElement part, JsonElement type, string path, PartSink sink, string? role, ContentKind textKind)
    {
        if (type.ValueEquals("text") || type.ValueEquals("input_text") || type.ValueEquals("output_text"))
        {
            ReadText(part, path, sink, role, textKind);
            return TextFields;
        }
        if (type.ValueEquals("image_url"))
        {
            // Chat nests the URL ({image_url:{url}}); assistants and some clients send it flat.
            if (JsonShape.TryGetObject(part, "image_url", out var image))
            {
                ImageParts.AddUrl(sink, path, image.TryGetProperty("url", out var nested) ? nested : default, role);
                UnknownFields.ReadOthers(image, $"{path}.image_url", UrlFields, sink, textKind, role);
            }
            else if (part.TryGetProperty("image_url", out var flat))
            {
                ImageParts.AddUrl(sink, path, flat, role);
            }
            return ImageUrlFields;
        }
        if (type.ValueEquals("input_image"))
        {
            ReadInputImage(part, path, sink, role);
            return InputImageFields;
        }
        if (type.ValueEquals("image_file"))
        {
            if (JsonShape.TryGetObject(part, "image_file", out var imageFile))
            {
                if (imageFile.TryGetProperty("file_id", out var fileId))
                {
                    ImageParts.AddFileId(sink, path, fileId, role);
                }
                UnknownFields.ReadOthers(imageFile, $"{path}.image_file", FileIdFields, sink, textKind, role);
            }
            return ImageFileFields;
        }
        if (type.ValueEquals("input_audio"))
        {
            AudioParts.AddInputAudio(part, path, sink, role);
            if (JsonShape.TryGetObject(part, "input_audio", out var audio))
            {
                UnknownFields.ReadOthers(audio, $"{path}.input_audio", AudioDataFields, sink, textKind, role);
            }
            return InputAudioFields;
        }
        if (type.ValueEquals("file") || type.ValueEquals("input_file"))
        {
            var nested = JsonShape.TryGetObject(part, "file", out var file);
            FileParts.Add(nested ? file : part, path, sink, role);
            if (nested)
            {
                UnknownFields.ReadOthers(file, $"{path}.file", FileObjectFields, sink, textKind, role);
            }
            return FileFields;
        }
        if (type.ValueEquals("refusal"))
        {
            sink.AddProperty(ContentKind.Text, part, "refusal", path, role);
            return RefusalFields;
        }
        if (type.ValueEquals("audio") || type.ValueEquals("output_audio"))
        {
            // An assistant's spoken turn in a realtime conversation: only its transcript is text.
            sink.AddProperty(ContentKind.Text, part, "transcript", path, role);
            return SpokenFields;
        }
        return null;
    }

    private static void ReadText(JsonElement part, string path, PartSink sink, string? role, ContentKind textKind)
    {
        if (!part.TryGetProperty("text", out var text))
        {
            return;
        }

        // Assistants messages echo text back as {value, annotations}; clients replaying history send that shape.
        if (text.ValueKind == JsonValueKind.Object)
        {
            if (text.TryGetProperty("value", out var value))
            {
                sink.AddString(textKind, path, value, role);
            }
            UnknownFields.ReadOthers(text, $"{path}.text", TextValueFields, sink, textKind, role);
            return;
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
