using System.Globalization;
using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>Audio is described (format, size), never decoded: the gateway does not transcribe.</summary>
internal static class AudioParts
{
    public const string Format = "format";
    public const string Bytes = "bytes";

    /// <summary>Chat <c>{input_audio:{data,format}}</c> or realtime <c>{audio, transcript}</c>.</summary>
    public static void AddInputAudio(JsonElement part, string path, PartSink sink, string? role)
    {
        var audio = JsonShape.TryGetObject(part, "input_audio", out var nested) ? nested : part;
        var data = audio.TryGetProperty("data", out var d) ? d : audio.TryGetProperty("audio", out var a) ? a : default;
        AddBase64(sink, path, data, JsonShape.String(audio, "format"), role);
        sink.AddProperty(ContentKind.Text, part, "transcript", path, role);
    }

    public static void AddBase64(PartSink sink, string path, JsonElement base64, string? format, string? role)
    {
        int size = 0;
        if (base64.ValueKind == JsonValueKind.String)
        {
            using var value = Utf8StringValue.Of(base64);
            size = Base64Payload.DecodedLength(value.Span, path);
        }

        sink.Add(ContentKind.Audio, path, metadata: Describe(format, size), role: role);
    }

    public static Dictionary<string, string> Describe(string? format, long size)
    {
        var metadata = new Dictionary<string, string>(2) { [Bytes] = size.ToString(CultureInfo.InvariantCulture) };
        if (format is not null)
        {
            metadata[Format] = format;
        }

        return metadata;
    }
}
