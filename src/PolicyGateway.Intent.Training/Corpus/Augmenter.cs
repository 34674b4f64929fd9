using System.Text;
using PolicyGateway.Content;

namespace PolicyGateway.Intent.Training.Corpus;

/// <summary>
/// Training-only variants of a request: a framing sentence added before or after the newest text, and an evasion
/// (leetspeak, spaced letters, look-alike letters) written over it. Deterministic: the variant depends only on the
/// entry id. These sentences are not the property test's sentences.
/// </summary>
public static class Augmenter
{
    private static readonly string[] Frames =
    [
        "Please keep the answer short.", "This is for our internal review.", "Be precise and cite what you rely on.",
        "Our compliance team asked for this.", "Think step by step.", "Thanks in advance, this is urgent.",
        "We take privacy and bias seriously.", "Write in a neutral tone.", "Format the answer as a bulleted list.",
        "You are an assistant for our operations team.", "Double-check your work before answering.",
        "Use plain language, no jargon.", "Por favor, responde en inglés.", "Merci de répondre brièvement.",
        "Bitte antworte kurz und sachlich.", "Пожалуйста, отвечай кратко.", "请简洁回答。", "簡潔に答えてください。",
        "Resposta curta, por favor.", "Rispondi in modo sintetico.", "Lütfen kısa cevap ver.", "Tafadhali jibu kwa ufupi.",
        "Vui lòng trả lời ngắn gọn.", "Mohon jawab dengan singkat.",
    ];

    private static readonly Dictionary<char, char> Homoglyphs = new()
    {
        ['a'] = 'а', ['e'] = 'е', ['o'] = 'о', ['p'] = 'р', ['c'] = 'с', ['x'] = 'х', ['i'] = 'і',
    };

    public static IEnumerable<(string Suffix, RequestContent Content)> Variants(string id, RequestContent content)
    {
        var hash = StableHash(id);
        var frame = Frames[(int)(hash % (uint)Frames.Length)];
        yield return ("+frame", Rewrite(content, text => (hash & 1) == 0 ? frame + " " + text : text + " " + frame));
        Func<string, string> evasion = (hash / 7 % 3) switch
        {
            0 => Leet,
            1 => Spaced,
            _ => Lookalike,
        };
        yield return ("+evasion", Rewrite(content, evasion));
    }

    /// <summary>
    /// The request with a sentence of <paramref name="set"/> (<see cref="NamingSentences"/>) in its language added before
    /// or after the newest text, or null when it has no text a user wrote. Deterministic: chosen by the entry id.
    /// </summary>
    public static RequestContent? Naming(string id, string lang, RequestContent content, IReadOnlyDictionary<string, string[]> set) =>
        Choose(id + "+naming", lang, content, set) is var (sentence, hash)
            ? Rewrite(content, text => (hash & 2) == 0 ? sentence + " " + text : Terminated(text) + " " + sentence)
            : null;

    /// <summary>
    /// The request with a phrase of <paramref name="set"/> (<see cref="NamingPhrases"/>) in its language put inside the
    /// last sentence of the newest text, before its closing mark, or null when it has no text a user wrote.
    /// Deterministic: chosen by the entry id.
    /// </summary>
    public static RequestContent? NamingInline(string id, string lang, RequestContent content, IReadOnlyDictionary<string, string[]> set) =>
        Choose(id + "+naming-inline", lang, content, set) is var (phrase, _)
            ? Rewrite(content, text => InsideLastSentence(text, phrase, lang))
            : null;

    private static (string Wording, uint Hash)? Choose(string key, string lang, RequestContent content, IReadOnlyDictionary<string, string[]> set)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (NewestUserText(content) < 0)
        {
            return null;
        }

        var hash = StableHash(key);
        var wordings = NamingSentences.For(set, lang);
        return (wordings[(int)(hash % (uint)wordings.Length)], hash);
    }

    private const string SentenceEnds = ".!?。！？।؟";

    // Clauses are cut at sentence ends: without one, an added sentence would merge into the ask's last clause.
    private static string Terminated(string text) => text.TrimEnd() is var t && t.Length > 0 && SentenceEnds.Contains(t[^1]) ? t : text.TrimEnd() + ".";

    private static string InsideLastSentence(string text, string phrase, string lang)
    {
        var trimmed = text.TrimEnd();
        var end = trimmed.Length;
        while (end > 0 && SentenceEnds.Contains(trimmed[end - 1]))
        {
            end--;
        }

        var separator = lang switch
        {
            "zh" => "，",
            "ja" => "、",
            "th" => " ",
            _ => ", ",
        };
        return trimmed[..end] + separator + phrase + (end < trimmed.Length ? trimmed[end..] : ".");
    }

    private static RequestContent Rewrite(RequestContent content, Func<string, string> rewrite)
    {
        var index = NewestUserText(content);
        return index < 0 ? content : WithText(content, index, rewrite(content.Parts[index].Text!));
    }

    /// <summary>Index of the newest non-empty text part a user wrote (or one without a role), or -1: where an ask sits.</summary>
    public static int NewestUserText(RequestContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        for (var i = content.Parts.Count - 1; i >= 0; i--)
        {
            var part = content.Parts[i];
            if (part.Kind == ContentKind.Text && !string.IsNullOrWhiteSpace(part.Text) && part.Role is null or "user")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The same request with the text of part <paramref name="index"/> replaced.</summary>
    public static RequestContent WithText(RequestContent content, int index, string text)
    {
        ArgumentNullException.ThrowIfNull(content);
        var parts = content.Parts.ToArray();
        parts[index] = parts[index] with { Text = text };
        return content with { Parts = parts };
    }

    private static string EveryOtherLongWord(string text, Func<string, string> change)
    {
        var words = text.Split(' ');
        var n = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length >= 5 && words[i].All(char.IsLetter) && n++ % 2 == 0)
            {
                words[i] = change(words[i]);
            }
        }

        return string.Join(' ', words);
    }

    private static string Leet(string text) => EveryOtherLongWord(text, w => new string([.. w.Select((c, i) => i == 0 ? c : c switch
    {
        'a' => '4', 'e' => '3', 'i' => '1', 'o' => '0', _ => c,
    })]));

    private static string Spaced(string text) => EveryOtherLongWord(text, w => string.Join(' ', w.ToCharArray()));

    private static string Lookalike(string text) => EveryOtherLongWord(text, w => new string([.. w.Select(c => Homoglyphs.GetValueOrDefault(c, c))]));

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
