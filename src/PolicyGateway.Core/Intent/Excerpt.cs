namespace PolicyGateway.Intent;

/// <summary>
/// Short evidence excerpts: the matched words with a little context, never more than <see cref="MaxLength"/>
/// characters, digits masked (phone numbers, case numbers, dates of birth) and long ASCII tokens (keys, base64) cut.
/// Built from normalised text, so it shows what was matched after de-obfuscation.
/// </summary>
internal static class Excerpt
{
    public const int MaxLength = 60;
    private const int Context = 16;
    private const int MaxToken = 24;

    public static string Around(ReadOnlySpan<char> text, int start, int length)
    {
        var from = Math.Max(0, start - Context);
        var to = Math.Min(text.Length, Math.Max(start + length + Context, from + 1));
        if (to - from > MaxLength)
        {
            to = from + MaxLength;
        }

        // Start and end on word boundaries so no half-words leak in; Thai, Japanese or Chinese text has no spaces
        // to end on, and trimming it to a boundary would leave nothing.
        if (text[from..to].Contains(' '))
        {
            while (from > 0 && from < start && text[from - 1] != ' ')
            {
                from++;
            }

            while (to < text.Length && to > start + length && text[to - 1] != ' ' && text[to] != ' ')
            {
                to--;
            }
        }

        Span<char> buffer = stackalloc char[MaxLength];
        var written = 0;
        var tokenLength = 0;
        for (var i = from; i < to && written < MaxLength; i++)
        {
            var c = text[i];
            // Keys and base64 are ASCII; a long run of unspaced script is prose.
            tokenLength = c == ' ' || !char.IsAscii(c) ? 0 : tokenLength + 1;
            if (tokenLength > MaxToken)
            {
                continue;
            }

            buffer[written++] = char.IsDigit(c) ? '#' : c;
        }

        return buffer[..written].Trim().ToString();
    }
}
