namespace PolicyGateway.Emulator.Protocol;

/// <summary>
/// Builds replies that are deterministic and recognisable in tests, quoting only the start of the prompt
/// so that prompts never travel back in full (the gateway's logs must not learn them from replies).
/// </summary>
internal static class ReplyText
{
    private const int QuotedChars = 40;

    public static ReplyPlan Plan(string? userText, int? maxTokens)
    {
        var text = string.IsNullOrWhiteSpace(userText) ? "Emulated reply." : "Emulated reply to: " + Quote(userText);
        var tokens = Tokenize(text);
        if (maxTokens is int max && max < tokens.Length)
        {
            return new ReplyPlan(tokens[..Math.Max(1, max)], "length");
        }

        return new ReplyPlan(tokens, "stop");
    }

    /// <summary>A rough four-characters-per-token estimate, stable across runs.</summary>
    public static int EstimateTokens(int chars) => Math.Max(1, (chars + 3) / 4);

    private static string Quote(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= QuotedChars)
        {
            return trimmed;
        }

        var cut = char.IsHighSurrogate(trimmed[QuotedChars - 1]) ? QuotedChars - 1 : QuotedChars;
        return trimmed[..cut].TrimEnd();
    }

    // Word pieces with their leading space, the way BPE tokens usually look.
    private static string[] Tokenize(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == ' ')
            {
                tokens.Add(text[start..i]);
                start = i;
            }
        }

        tokens.Add(text[start..]);
        return [.. tokens];
    }
}
