// The implementation before the fast paths (commit de5f644), kept as the slow path that FastPathEquivalenceTests
// compares the optimised classifier against; changed only where matching itself changed (Thai word positions,
// Hebrew prefix letters), the same way as LexiconMatcher.
using System.Collections.Frozen;

using PolicyGateway.Intent.Lexicon;

namespace PolicyGateway.Core.Tests.Intent.Reference;

/// <summary>
/// Finds lexicon terms in normalised text. Terms are bucketed by their first three characters (fewer for shorter
/// terms), so the scan costs a couple of dictionary probes per word start (and per character in unspaced scripts)
/// plus a comparison or two; a bit table of ASCII first-letter pairs rejects most word starts without a probe.
/// No regular expressions: the cost is linear in the text and cannot blow up.
/// </summary>
internal sealed class ReferenceLexiconMatcher
{
    private const int KeyLength = 3;
    private const int AsciiPairs = 128 * 128;

    private static readonly System.Buffers.SearchValues<char> AsciiWordChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    private readonly FrozenDictionary<long, ReferenceLexiconEntry[]> _buckets;
    private readonly bool[] _asciiPairStartsTerm = new bool[AsciiPairs];

    public ReferenceLexiconMatcher(IEnumerable<(Concept Concept, string Terms)> lines)
    {
        var buckets = new Dictionary<long, List<ReferenceLexiconEntry>>();
        foreach (var (concept, terms) in lines)
        {
            foreach (var raw in terms.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var whole = raw.EndsWith('$');
                var term = PolicyGateway.Intent.Normalization.CharFolder.FoldTerm(whole ? raw[..^1] : raw);
                if (term.Length == 0)
                {
                    continue;
                }

                var boundary = Script.MatchesAnywhere(term[0]) ? (whole ? TermBoundary.AnywhereToWordEnd : TermBoundary.Anywhere)
                    : whole ? TermBoundary.WholeWord : TermBoundary.WordStart;
                var key = Key(term, Math.Min(KeyLength, term.Length));
                if (!buckets.TryGetValue(key, out var list))
                {
                    buckets[key] = list = [];
                }

                if (!list.Exists(e => e.Term == term && e.Concept == concept))
                {
                    list.Add(new ReferenceLexiconEntry(term, concept, boundary));
                }

                if (term.Length > 1 && AsciiPair(term) is var pair and >= 0)
                {
                    _asciiPairStartsTerm[pair] = true;
                }
            }
        }

        _buckets = buckets.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    public static ReferenceLexiconMatcher Default { get; } = new(LexiconData.Lines);

    /// <summary>Appends every term occurrence in <paramref name="text"/> to <paramref name="hits"/>.</summary>
    public void Scan(string text, int segment, List<ConceptHit> hits)
    {
        var token = 0;
        var unspacedRun = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var previousIsWord = i > 0 && Script.IsWordChar(text[i - 1]);
            if (c < 0x80)
            {
                unspacedRun = 0;
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    i++;
                    continue;
                }

                if (!previousIsWord)
                {
                    token++;
                    ProbeAll(text.AsSpan(i), false, segment, i, token, hits);
                }

                // ASCII terms only start at word starts, so the rest of an ASCII word is skipped in one vectorised step.
                var rest = text.AsSpan(i + 1).IndexOfAnyExcept(AsciiWordChars);
                i = rest < 0 ? text.Length : i + 1 + rest;
                continue;
            }

            var wordLength = Script.UnspacedWordLength(c);
            unspacedRun = wordLength > 0 ? unspacedRun + 1 : 0;

            // In scripts without spaces a "word" starts every few characters (two in Chinese and Japanese, four in Thai).
            if (!previousIsWord || (wordLength > 0 && unspacedRun % wordLength == 1))
            {
                token++;
            }

            if (!previousIsWord || Script.MatchesAnywhere(c))
            {
                ProbeAll(text.AsSpan(i), previousIsWord, segment, i, token, hits);
            }
            else if (Script.FollowsCliticPrefixes(text, i))
            {
                // Hebrew prefix letters: a term may start after them as at the start of the word.
                ProbeAll(text.AsSpan(i), false, segment, i, token, hits);
            }

            i++;
        }
    }

    /// <summary>
    /// Whether a token (leet-decoded, say) is worth keeping: it starts with a term, or is the first word of a
    /// multi-word term.
    /// </summary>
    public bool IsVocabularyPrefix(ReadOnlySpan<char> token) => Candidates(token, prefixOnly: false);

    /// <summary>Whether a token is exactly a term, or the first word of a multi-word term.</summary>
    public bool IsVocabularyWord(ReadOnlySpan<char> token) => Candidates(token, prefixOnly: true);

    private bool Candidates(ReadOnlySpan<char> token, bool prefixOnly)
    {
        if (token.Length < 2)
        {
            return false;
        }

        Span<char> withSpace = stackalloc char[KeyLength];
        var keys = (stackalloc long[3]);
        var count = 0;
        for (var n = Math.Min(KeyLength, token.Length); n >= 2; n--)
        {
            keys[count++] = Key(token, n);
        }

        if (token.Length == 2)
        {
            // A two-letter first word of a multi-word term ("id card") sits in the bucket of "id ".
            token.CopyTo(withSpace);
            withSpace[2] = ' ';
            keys[count++] = Key(withSpace, KeyLength);
        }

        foreach (var key in keys[..count])
        {
            if (!_buckets.TryGetValue(key, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var term = entry.Term.AsSpan();
                var isWord = term.SequenceEqual(token) || (term.Length > token.Length && term.StartsWith(token) && term[token.Length] == ' ');
                var isPrefix = !prefixOnly && token.StartsWith(term) && (!EndsWord(entry.Boundary) || token.Length == term.Length);
                if (isWord || isPrefix)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void ProbeAll(ReadOnlySpan<char> rest, bool previousIsWord, int segment, int start, int token, List<ConceptHit> hits)
    {
        if (rest.Length > 1 && AsciiPair(rest) is var pair and >= 0 && !_asciiPairStartsTerm[pair])
        {
            return;
        }

        for (var n = Math.Min(KeyLength, rest.Length); n >= 1; n--)
        {
            // Single-character terms exist only in CJK scripts.
            if (n == 1 && rest[0] < 0x80)
            {
                break;
            }

            if (_buckets.TryGetValue(Key(rest, n), out var entries))
            {
                Match(rest, entries, previousIsWord, segment, start, token, hits);
            }
        }
    }

    private static void Match(ReadOnlySpan<char> rest, ReferenceLexiconEntry[] entries, bool previousIsWord, int segment, int start, int token, List<ConceptHit> hits)
    {
        foreach (var entry in entries)
        {
            if (previousIsWord && entry.Boundary is not (TermBoundary.Anywhere or TermBoundary.AnywhereToWordEnd))
            {
                continue;
            }

            var term = entry.Term;
            if (!rest.StartsWith(term, StringComparison.Ordinal))
            {
                continue;
            }

            if (EndsWord(entry.Boundary) && rest.Length > term.Length && Script.IsWordChar(rest[term.Length]))
            {
                continue;
            }

            hits.Add(new ConceptHit(entry.Concept, segment, start, term.Length, token));
        }
    }

    private static bool EndsWord(TermBoundary boundary) => boundary is TermBoundary.WholeWord or TermBoundary.AnywhereToWordEnd;

    private static long Key(ReadOnlySpan<char> text, int length)
    {
        long key = length;
        for (var i = 0; i < length; i++)
        {
            key |= (long)text[i] << (16 * (i + 1));
        }

        return key;
    }

    private static int AsciiPair(ReadOnlySpan<char> text) =>
        text[0] < 128 && text[1] < 128 ? (text[0] << 7) | text[1] : -1;
}
