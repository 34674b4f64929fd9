namespace PolicyGateway.Intent.Normalization;

/// <summary>
/// Corrects one-edit typos ("recogntion", "idnetify", "watchlsit") of the few long words the lexicon relies
/// on. Symmetric-delete lookup: every word and each of its single-character deletions is indexed, and a token
/// matches when it or one of its deletions is in the index, which covers insertion, deletion, substitution and
/// most adjacent transpositions. Words shorter than 6 letters are left out because one edit turns too many
/// short English words into each other ("policy" / "police").
/// </summary>
internal sealed class FuzzyVocabulary
{
    private const int MinLength = 6;
    private const int MaxLength = 20;
    private const int Letters = 26;

    private static readonly string[] Words =
    [
        "facial", "recognition", "recognize", "recognise", "identify", "identification", "identity",
        "biometric", "biometrics", "watchlist", "mugshot", "mugshots", "suspects", "database", "bodycam", "bodycams",
        "dashcam", "realtime", "surveillance", "embedding", "embeddings", "verification", "verify", "matching",
        "protesters", "protest", "streaming", "booking", "similarity", "person", "persons", "people", "detect",
        "pixelate", "anonymize", "anonymise", "photos", "picture", "pictures", "footage", "offenders", "inmates", "wanted", "compare", "crowd",
        "reconocimiento", "reconnaissance", "gesichtserkennung", "reconhecimento", "riconoscimento", "gezichtsherkenning",
        "rozpoznawanie", "facciale", "faciale", "police", "officers", "patrol", "camera", "cameras",
    ];

    // Real words one edit away from a vocabulary word; correcting them would invent police talk ("policy" -> "police").
    private static readonly HashSet<string> RealWords =
    [
        "policy", "policies", "polite", "policed", "protect", "protects", "detest", "petrol", "screaming",
        "peoples", "compere",
    ];

    private readonly Dictionary<string, string> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // Typos in the first two letters are rare and not corrected: this keeps the probe to one lookup for most words.
    // First two letters -> the correctable words starting with them, so most words are ruled out by one lookup.
    // Every vocabulary word is lower-case ASCII, so the table is indexed by two letters a-z.
    private readonly FuzzyCandidate[]?[] _prefixes = new FuzzyCandidate[]?[Letters * Letters];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _realWords = RealWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public FuzzyVocabulary()
    {
        var candidates = new Dictionary<int, List<FuzzyCandidate>>();
        foreach (var word in Words)
        {
            _index[word] = word;
            if (word.Length >= MinLength)
            {
                if (!candidates.TryGetValue(PrefixSlot(word), out var list))
                {
                    candidates[PrefixSlot(word)] = list = [];
                }

                list.Add(new FuzzyCandidate(word.Length, FuzzyCandidate.CharacterSet(word)));
            }
        }

        foreach (var (prefix, list) in candidates)
        {
            _prefixes[prefix] = [.. list];
        }

        foreach (var word in Words)
        {
            for (var i = 0; i < word.Length; i++)
            {
                _index.TryAdd(word.Remove(i, 1), word);
            }
        }

        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Cheap pre-check: false when <see cref="TryCorrect"/> cannot find a correction. A correction is a word with the
    /// token's first two letters, a length at most one apart and (one character dropped from each side) at most one
    /// character the other lacks, so words failing any of these are ruled out without hashing a single deletion.
    /// </summary>
    public bool MightCorrect(ReadOnlySpan<char> token)
    {
        if (token.Length < MinLength - 1 || token.Length > MaxLength || PrefixSlot(token) is not (var slot and >= 0)
            || _prefixes[slot] is not { } candidates)
        {
            return false;
        }

        var characters = FuzzyCandidate.CharacterSet(token);
        foreach (var candidate in candidates)
        {
            if (candidate.IsWithinOneEdit(token.Length, characters))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the intended word when <paramref name="token"/> is one edit away from a vocabulary word with the same first letter.</summary>
    public bool TryCorrect(ReadOnlySpan<char> token, out string corrected)
    {
        corrected = string.Empty;
        if (!MightCorrect(token) || _realWords.Contains(token))
        {
            return false;
        }

        if (_lookup.TryGetValue(token, out var exact))
        {
            corrected = exact;
            return Accept(token, exact);
        }

        Span<char> buffer = stackalloc char[MaxLength];
        for (var skip = 0; skip < token.Length; skip++)
        {
            token[..skip].CopyTo(buffer);
            token[(skip + 1)..].CopyTo(buffer[skip..]);
            if (_lookup.TryGetValue(buffer[..(token.Length - 1)], out var word) && Accept(token, word))
            {
                corrected = word;
                return true;
            }
        }

        return false;
    }

    private static int PrefixSlot(ReadOnlySpan<char> word) =>
        char.IsAsciiLetterLower(word[0]) && char.IsAsciiLetterLower(word[1]) ? (word[0] - 'a') * Letters + word[1] - 'a' : -1;

    private static bool Accept(ReadOnlySpan<char> token, string word) =>
        word.Length >= MinLength && token[0] == word[0] && token[1] == word[1] && Math.Abs(token.Length - word.Length) <= 1 && !token.SequenceEqual(word);
}
