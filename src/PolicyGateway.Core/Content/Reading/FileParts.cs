using System.Globalization;
using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// A file attached to a message (chat <c>file</c>, responses <c>input_file</c>): its name or id as a File part, and
/// when inline <c>file_data</c> is given, the decoded bytes, an Image part if it is an image, and its text if it is text.
/// </summary>
internal static class FileParts
{
    public const string FileName = "filename";
    public const string FileId = "file_id";
    public const string FileUrl = "file_url";

    public static void Add(JsonElement file, string path, PartSink sink, string? role)
    {
        string? fileName = JsonShape.String(file, "filename");
        string? fileId = JsonShape.String(file, "file_id");
        string? fileUrl = JsonShape.String(file, "file_url");
        var metadata = new Dictionary<string, string>(4);
        AddIfPresent(metadata, FileName, fileName);
        AddIfPresent(metadata, FileId, fileId);
        AddIfPresent(metadata, FileUrl, fileUrl);
        string? reference = fileName ?? fileId ?? fileUrl;

        if (!JsonShape.TryGetString(file, "file_data", out var fileData))
        {
            sink.Add(ContentKind.File, path, reference, metadata: metadata, role: role);
            return;
        }

        var (mediaType, bytes) = Decode(fileData, $"{path}.file_data", sink.Limits.MaxImageBytes);
        metadata[AudioParts.Bytes] = bytes.Length.ToString(CultureInfo.InvariantCulture);
        string? image = mediaType is not null && mediaType.StartsWith("image/", StringComparison.Ordinal) ? mediaType : MediaTypes.SniffImage(bytes);
        if (image is not null)
        {
            ImageParts.AddBytes(sink, path, bytes, image, role, reference);
            return;
        }

        sink.Add(ContentKind.File, path, reference, bytes, mediaType, metadata, role);
        TextFile.AddIfText(sink, $"{path}.file_data", bytes, role);
    }

    private static (string? MediaType, byte[] Bytes) Decode(JsonElement fileData, string path, int maxBytes)
    {
        using var value = Utf8StringValue.Of(fileData);
        if (DataUrl.Is(value.Span))
        {
            return DataUrl.Decode(value.Span, path, maxBytes);
        }

        return (null, Base64Payload.Decode(value.Span, path, maxBytes));
    }

    private static void AddIfPresent(Dictionary<string, string> metadata, string key, string? value)
    {
        if (value is not null)
        {
            metadata[key] = value;
        }
    }
}
