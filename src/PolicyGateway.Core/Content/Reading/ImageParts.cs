using System.Buffers.Text;
using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>Turns image fields (URLs, data URLs, raw base64, uploaded bytes) into Image or ImageReference parts.</summary>
internal static class ImageParts
{
    /// <summary>An <c>image_url</c>-style value: a <c>data:</c> URL is decoded, anything else is kept as a reference.</summary>
    public static void AddUrl(PartSink sink, string path, JsonElement url, string? role)
    {
        if (url.ValueKind != JsonValueKind.String)
        {
            return;
        }

        using var value = Utf8StringValue.Of(url);
        if (!DataUrl.Is(value.Span))
        {
            if (!TryAddBareBase64(sink, path, value.Span, role))
            {
                sink.AddString(ContentKind.ImageReference, path, url, role);
            }

            return;
        }

        var (mediaType, bytes) = DataUrl.Decode(value.Span, path, sink.Limits.MaxImageBytes);
        AddBytes(sink, path, bytes, mediaType.Length == 0 ? MediaTypes.SniffImage(bytes) : mediaType, role);
    }

    // Some clients put bare base64 where a URL belongs; if it decodes to an image, the model may be shown that image.
    private static bool TryAddBareBase64(PartSink sink, string path, ReadOnlySpan<byte> value, string? role)
    {
        if (value.StartsWith("http"u8) || !Base64.IsValid(value, out int length) || length == 0 || length > sink.Limits.MaxImageBytes)
        {
            return false;
        }

        var bytes = Base64Payload.Decode(value, path, sink.Limits.MaxImageBytes);
        if (MediaTypes.SniffImage(bytes) is not { } mediaType)
        {
            return false;
        }

        AddBytes(sink, path, bytes, mediaType, role);
        return true;
    }

    /// <summary>Base64 image bytes without a data URL around them (e.g. an image generation result in history).</summary>
    public static void AddBase64(PartSink sink, string path, JsonElement base64, string? role)
    {
        if (base64.ValueKind != JsonValueKind.String)
        {
            return;
        }

        using var value = Utf8StringValue.Of(base64);
        if (DataUrl.Is(value.Span))
        {
            var (mediaType, decoded) = DataUrl.Decode(value.Span, path, sink.Limits.MaxImageBytes);
            AddBytes(sink, path, decoded, mediaType, role);
            return;
        }

        var bytes = Base64Payload.Decode(value.Span, path, sink.Limits.MaxImageBytes);
        AddBytes(sink, path, bytes, MediaTypes.SniffImage(bytes), role);
    }

    public static void AddBytes(PartSink sink, string path, ReadOnlyMemory<byte> bytes, string? mediaType, string? role = null, string? name = null)
    {
        if (bytes.Length > sink.Limits.MaxImageBytes)
        {
            throw new ContentParseException($"The image at {path} is {bytes.Length} bytes, more than the limit of {sink.Limits.MaxImageBytes}.", path);
        }

        sink.Add(ContentKind.Image, path, name, bytes, mediaType, ImageTags.Read(bytes), role);
    }

    /// <summary>An image given only by a stored file id (assistants <c>image_file</c>, responses <c>input_image.file_id</c>).</summary>
    public static void AddFileId(PartSink sink, string path, JsonElement fileId, string? role) =>
        sink.AddString(ContentKind.ImageReference, path, fileId, role);
}
