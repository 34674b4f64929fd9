using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace PolicyGateway.Content.Reading;

/// <summary>Uploaded or attached bytes that are UTF-8 text become Text parts, split into chunks of at most the text limit.</summary>
internal static class TextFile
{
    /// <summary>Text is recognised by content, not by the declared type, which clients set loosely (often octet-stream).</summary>
    public static bool IsText(ReadOnlySpan<byte> bytes) =>
        !bytes.IsEmpty && bytes.IndexOf((byte)0) < 0 && !bytes.StartsWith("%PDF"u8) && Utf8.IsValid(bytes);

    public static string Decode(ReadOnlySpan<byte> bytes) =>
        Encoding.UTF8.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes);

    /// <returns>Whether the bytes were text.</returns>
    public static bool AddIfText(PartSink sink, string path, ReadOnlySpan<byte> bytes, string? role = null)
    {
        if (!IsText(bytes))
        {
            return false;
        }

        AddChunked(sink, path, Decode(bytes), role);
        return true;
    }

    public static void AddChunked(PartSink sink, string path, string text, string? role = null)
    {
        int max = sink.Limits.MaxTextChars;
        if (text.Length <= max)
        {
            sink.Add(ContentKind.Text, path, text, role: role);
            return;
        }

        for (int start = 0, chunk = 1; start < text.Length; start += max, chunk++)
        {
            sink.Add(ContentKind.Text, string.Create(CultureInfo.InvariantCulture, $"{path}#chunk {chunk}"),
                text.Substring(start, Math.Min(max, text.Length - start)), role: role);
        }
    }
}
