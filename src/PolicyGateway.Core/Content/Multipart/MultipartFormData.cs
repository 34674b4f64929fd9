using System.Text;

namespace PolicyGateway.Content.Multipart;

/// <summary>
/// A bounded multipart/form-data parser (RFC 7578 / RFC 2046) over an in-memory body, without ASP.NET: accepts CRLF or
/// bare LF line ends, quoted boundaries, a preamble and an epilogue; a missing boundary, a part without its header
/// block or a body without its closing delimiter is a <see cref="ContentParseException"/>.
/// </summary>
public static class MultipartFormData
{
    private const int MaxBoundaryLength = 70;
    private const int MaxHeaderBlockBytes = 16 * 1024;

    public static bool IsMultipart(string? contentType) =>
        contentType is not null && HeaderParameters.Value(contentType).Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>The boundary parameter of a <c>multipart/form-data</c> Content-Type.</summary>
    public static string Boundary(string? contentType)
    {
        if (!IsMultipart(contentType))
        {
            throw new ContentParseException($"Expected a multipart/form-data body, got '{contentType}'.");
        }

        string? boundary = HeaderParameters.Find(contentType, "boundary");
        if (string.IsNullOrEmpty(boundary) || boundary.Length > MaxBoundaryLength || !Ascii.IsValid(boundary))
        {
            throw new ContentParseException("The multipart/form-data Content-Type has no valid boundary.");
        }

        return boundary;
    }

    public static IReadOnlyList<MultipartSection> Parse(string? contentType, ReadOnlyMemory<byte> body, int maxSections)
    {
        byte[] delimiter = Encoding.ASCII.GetBytes("--" + Boundary(contentType));
        var span = body.Span;
        int position = FirstDelimiter(span, delimiter);
        var sections = new List<MultipartSection>();
        while (true)
        {
            int after = position + delimiter.Length;
            if (span[after..].StartsWith("--"u8))
            {
                // RFC 2046 requires at least one part; text before the first delimiter is preamble no one reads.
                return sections.Count > 0 ? sections : throw new ContentParseException("The multipart body has no parts.");
            }

            if (sections.Count >= maxSections)
            {
                throw new ContentParseException($"The multipart body has more than {maxSections} parts.");
            }

            int headersStart = SkipLineEnd(span, after);
            var (name, fileName, type, contentStart) = ReadHeaders(span, headersStart);
            int next = NextDelimiter(span, delimiter, contentStart - 1);
            int contentEnd = next > contentStart && span[next - 1] == (byte)'\r' ? next - 1 : Math.Max(next, contentStart);
            sections.Add(new MultipartSection(name, fileName, type, body[contentStart..contentEnd]));
            position = next + 1;
        }
    }

    private static int FirstDelimiter(ReadOnlySpan<byte> body, byte[] delimiter)
    {
        if (body.StartsWith(delimiter) && EndsDelimiter(body[delimiter.Length..]))
        {
            return 0;
        }

        return NextDelimiter(body, delimiter, 0) + 1;
    }

    /// <returns>The index of the line feed that starts the next <c>\n--boundary</c>.</returns>
    private static int NextDelimiter(ReadOnlySpan<byte> body, byte[] delimiter, int from)
    {
        int searchFrom = Math.Max(from, 0);
        while (true)
        {
            int found = body[searchFrom..].IndexOf((byte)'\n');
            if (found < 0)
            {
                throw new ContentParseException("The multipart body is not closed by its boundary.");
            }

            int lineFeed = searchFrom + found;
            if (body[(lineFeed + 1)..].StartsWith(delimiter) && EndsDelimiter(body[(lineFeed + 1 + delimiter.Length)..]))
            {
                return lineFeed;
            }

            searchFrom = lineFeed + 1;
        }
    }

    // RFC 2046: a delimiter is followed by "--", padding or a line end; "--boundaryX" on a line is content.
    private static bool EndsDelimiter(ReadOnlySpan<byte> rest) =>
        rest.IsEmpty || rest[0] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' || rest.StartsWith("--"u8);

    // After a delimiter: optional transport padding (spaces, tabs), then the line end.
    private static int SkipLineEnd(ReadOnlySpan<byte> body, int position)
    {
        while (position < body.Length && body[position] is (byte)' ' or (byte)'\t')
        {
            position++;
        }

        if (position < body.Length && body[position] == (byte)'\r')
        {
            position++;
        }

        if (position >= body.Length || body[position] != (byte)'\n')
        {
            throw new ContentParseException("A multipart boundary is not followed by a line end.");
        }

        return position + 1;
    }

    private static (string? Name, string? FileName, string? ContentType, int ContentStart) ReadHeaders(ReadOnlySpan<byte> body, int position)
    {
        string? name = null, fileName = null, contentType = null;
        int start = position;
        while (true)
        {
            if (position - start > MaxHeaderBlockBytes)
            {
                throw new ContentParseException("A multipart part's headers are too long.");
            }

            int found = body[position..].IndexOf((byte)'\n');
            if (found < 0)
            {
                throw new ContentParseException("A multipart part's headers are not terminated by an empty line.");
            }

            var line = body.Slice(position, found).TrimEnd((byte)'\r');
            position += found + 1;
            if (line.IsEmpty)
            {
                return (name, fileName, contentType, position);
            }

            int colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                throw new ContentParseException("A multipart part has a malformed header line.");
            }

            var headerName = line[..colon].Trim((byte)' ');
            string value = Encoding.UTF8.GetString(line[(colon + 1)..].Trim((byte)' '));
            if (Ascii.EqualsIgnoreCase(headerName, "Content-Disposition"u8))
            {
                name = HeaderParameters.Find(value, "name");
                fileName = HeaderParameters.Find(value, "filename");
            }
            else if (Ascii.EqualsIgnoreCase(headerName, "Content-Type"u8))
            {
                contentType = value;
            }
        }
    }
}
