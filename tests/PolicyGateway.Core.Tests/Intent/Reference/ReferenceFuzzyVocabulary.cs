// The implementation before the fast paths (commit de5f644), kept unchanged as the slow path that
// FastPathEquivalenceTests compares the optimised classifier against.
namespace PolicyGateway.Core.Tests.Intent.Reference;

/// <summary>
/// Corrects one-edit typos ("recogntion", "idnetify", "watchlsit") of the few long words the lexicon relies
/// on. Symmetric-delete lookup: every word and each of its single-character deletions is indexed, and a token
/// matches when it or one of its deletions is in the index, which covers insertion, deletion, substitution and
/// most adjacent transpositions. Words shorter than 6 letters are left out because one edit turns too many
/// short English words into each other ("policy" / "police").
/// </summary>
internal sealed class ReferenceFuzzyVocabulary
{
    private const int MinLength = 6;
    private const int MaxLength = 20;

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
    // Typos in the first two letters are rare and not corrected: this keeps the probe to one set lookup for most words.
    // First two letters -> bit set of word lengths, so most words are ruled out by one lookup.
    private readonly Dictionary<int, int> _prefixes = [];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _realWords = RealWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public ReferenceFuzzyVocabulary()
    {
        foreach (var word in Words)
        {
            _index[word] = word;
            _prefixes[Prefix(word)] = _prefixes.GetValueOrDefault(Prefix(word)) | (1 << word.Length);
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

    /// <summary>Cheap pre-check: whether <see cref="TryCorrect"/> could possibly find a correction.</summary>
    public bool MightCorrect(ReadOnlySpan<char> token) =>
        token.Length >= MinLength - 1 && token.Length <= MaxLength && _prefixes.TryGetValue(Prefix(token), out var lengths)
        && (lengths & (0b111 << (token.Length - 1))) != 0;

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

    private static int Prefix(ReadOnlySpan<char> word) => (word[0] << 16) | word[1];

    private static bool Accept(ReadOnlySpan<char> token, string word) =>
        word.Length >= MinLength && token[0] == word[0] && token[1] == word[1] && Math.Abs(token.Length - word.Length) <= 1 && !token.SequenceEqual(word);
}
