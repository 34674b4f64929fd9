using System.Buffers;
using System.Buffers.Text;

namespace PolicyGateway.Content.Reading;

/// <summary>Decodes base64 straight into one exactly sized array, refusing payloads above the limit before allocating.</summary>
internal static class Base64Payload
{
    public static byte[] Decode(ReadOnlySpan<byte> base64, string path, int maxBytes)
    {
        // Sized from the length so the payload is scanned once (by the decoder); only base64 wrapped in
        // whitespace, which the decoder skips, decodes shorter and needs a trim.
        int length = ExpectedLength(base64);
        if (length > maxBytes)
        {
            throw new ContentParseException($"The data at {path} decodes to {length} bytes, more than the limit of {maxBytes}.", path);
        }

        var bytes = new byte[length];
        var status = Base64.DecodeFromUtf8(base64, bytes, out _, out int written);
        if (status != OperationStatus.Done)
        {
            throw Invalid(path);
        }

        return written == length ? bytes : bytes[..written];
    }

    private static int ExpectedLength(ReadOnlySpan<byte> base64)
    {
        int padding = base64.EndsWith("=="u8) ? 2 : base64.EndsWith("="u8) ? 1 : 0;
        return Math.Max(0, ((base64.Length + 3) / 4 * 3) - padding);
    }

    /// <summary>The decoded size, for payloads that are only described (audio) and never decoded.</summary>
    public static int DecodedLength(ReadOnlySpan<byte> base64, string path) =>
        Base64.IsValid(base64, out int length) ? length : throw Invalid(path);

    private static ContentParseException Invalid(string path) => new($"The data at {path} is not valid base64.", path);
}
