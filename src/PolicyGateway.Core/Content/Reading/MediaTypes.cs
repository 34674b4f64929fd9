using System.Text;

namespace PolicyGateway.Content.Reading;

/// <summary>Media type names and sniffing of the formats the models accept.</summary>
internal static class MediaTypes
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Gif = "image/gif";
    public const string Webp = "image/webp";

    /// <summary>A media type from UTF-8 bytes; the common image types are returned without allocating.</summary>
    public static string Name(ReadOnlySpan<byte> mediaType)
    {
        if (Ascii.EqualsIgnoreCase(mediaType, "image/jpeg"u8))
        {
            return Jpeg;
        }

        if (Ascii.EqualsIgnoreCase(mediaType, "image/png"u8))
        {
            return Png;
        }

        return Encoding.UTF8.GetString(mediaType).ToLowerInvariant();
    }

    /// <summary>The image type the bytes start with, or null; decides whether a file or raw base64 is an image.</summary>
    public static string? SniffImage(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
        {
            return Png;
        }

        if (bytes.StartsWith("GIF8"u8))
        {
            return Gif;
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return Webp;
        }

        if (bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8))
        {
            return "image/tiff";
        }

        if (bytes.StartsWith("BM"u8) && bytes.Length > 14)
        {
            return "image/bmp";
        }

        return bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8) && IsHeifBrand(bytes[8..12]) ? "image/heic" : null;
    }

    private static bool IsHeifBrand(ReadOnlySpan<byte> brand) =>
        brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8) || brand.SequenceEqual("avif"u8);
}
