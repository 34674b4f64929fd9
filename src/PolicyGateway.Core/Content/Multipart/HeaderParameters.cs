using System.Text;

namespace PolicyGateway.Content.Multipart;

/// <summary>
/// Parameters of a structured header value (<c>multipart/form-data; boundary="x"</c>,
/// <c>form-data; name="file"; filename="a.jsonl"</c>): tokens, quoted strings with backslash escapes, and RFC 5987
/// <c>filename*=UTF-8''…</c>.
/// </summary>
internal static class HeaderParameters
{
    /// <summary>The part before the first ';', trimmed (the media type or disposition type).</summary>
    public static ReadOnlySpan<char> Value(ReadOnlySpan<char> header)
    {
        int semicolon = header.IndexOf(';');
        return (semicolon < 0 ? header : header[..semicolon]).Trim();
    }

    public static string? Find(ReadOnlySpan<char> header, string name)
    {
        int i = header.IndexOf(';');
        string? plain = null;
        while (i >= 0 && ++i < header.Length)
        {
            int equals = header[i..].IndexOf('=');
            if (equals < 0)
            {
                break;
            }

            var key = header.Slice(i, equals);
            key = key[(key.LastIndexOf(';') + 1)..].Trim();
            i += equals + 1;
            while (i < header.Length && header[i] is ' ' or '\t')
            {
                i++;
            }

            var (value, consumed) = ReadValue(header[i..]);
            i += consumed;
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                plain ??= value;
            }
            else if (key.Length == name.Length + 1 && key[^1] == '*' && key[..^1].Equals(name, StringComparison.OrdinalIgnoreCase)
                     && DecodeExtended(value) is { } extended)
            {
                // The extended form carries the exact (non-ASCII) name and wins over the plain one.
                return extended;
            }

            int next = header[i..].IndexOf(';');
            i = next < 0 ? -1 : i + next;
        }

        return plain;
    }

    private static (string Value, int Consumed) ReadValue(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] != '"')
        {
            int end = text.IndexOf(';');
            var token = end < 0 ? text : text[..end];
            return (token.Trim().ToString(), token.Length);
        }

        var value = new StringBuilder();
        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                value.Append(text[++i]);
            }
            else if (c == '"')
            {
                return (value.ToString(), i + 1);
            }
            else
            {
                value.Append(c);
            }
        }

        throw new ContentParseException("A multipart header has an unterminated quoted string.");
    }

    // charset'language'percent-encoded-value
    private static string? DecodeExtended(string value)
    {
        int first = value.IndexOf('\'', StringComparison.Ordinal);
        int second = first < 0 ? -1 : value.IndexOf('\'', first + 1);
        if (second < 0 || !value.AsSpan(0, first).Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Uri.UnescapeDataString(value[(second + 1)..]);
    }
}
