using System.Text;

namespace PolicyGateway.Content.Reading;

/// <summary>A <c>data:&lt;media type&gt;;base64,&lt;payload&gt;</c> URL (RFC 2397), parsed on UTF-8 bytes.</summary>
internal static class DataUrl
{
    public static bool Is(ReadOnlySpan<byte> value) => value.Length >= 5 && Ascii.EqualsIgnoreCase(value[..5], "data:"u8);

    /// <returns>The declared media type (may be empty) and the decoded bytes.</returns>
    public static (string MediaType, byte[] Bytes) Decode(ReadOnlySpan<byte> url, string path, int maxBytes)
    {
        int comma = url.IndexOf((byte)',');
        if (comma < 0)
        {
            throw new ContentParseException($"The data URL at {path} has no ',' before its payload.", path);
        }

        var header = url[5..comma];
        if (header.Length < 7 || !Ascii.EqualsIgnoreCase(header[^7..], ";base64"u8))
        {
            throw new ContentParseException($"The data URL at {path} is not base64-encoded.", path);
        }

        var mediaType = header[..^7];
        int parameters = mediaType.IndexOf((byte)';');
        if (parameters >= 0)
        {
            mediaType = mediaType[..parameters];
        }

        return (MediaTypes.Name(mediaType), Base64Payload.Decode(url[(comma + 1)..], path, maxBytes));
    }
}
