using System.Collections.Frozen;

namespace PolicyGateway.Intent.Lexicon;

/// <summary>
/// Finds lexicon terms in normalised text. Terms are bucketed by their first three characters (fewer for shorter
/// terms), so the scan costs a couple of bucket probes per word start (and per character in unspaced scripts)
/// plus a comparison or two. Buckets under an ASCII first-letter pair sit in a table indexed by that pair and the
/// third character, so English and other Latin-script words are looked up without hashing.
/// No regular expressions: the cost is linear in the text and cannot blow up.
/// </summary>
internal sealed class LexiconMatcher
{
    private const int KeyLength = 3;
    private const int ShortWord = 16;
    private const int AsciiPairs = 128 * 128;

    private static readonly System.Buffers.SearchValues<char> AsciiWordChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    private readonly FrozenDictionary<long, LexiconBucket> _buckets;
    // ASCII first-letter pair -> 1 + index into _pairBuckets, or 0 when no term starts with the pair.
    private readonly ushort[] _asciiPairSlot = new ushort[AsciiPairs];
    private readonly AsciiPairBuckets[] _pairBuckets;

    public LexiconMatcher(IEnumerable<(Concept Concept, string Terms)> lines)
    {
        var buckets = new Dictionary<long, List<LexiconEntry>>();
        foreach (var (concept, terms) in lines)
        {
            foreach (var raw in terms.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                var whole = raw.EndsWith('$');
                var term = Normalization.CharFolder.FoldTerm(whole ? raw[..^1] : raw);
                if (term.Length == 0)
                {
                    continue;
                }

                var boundary = Script.MatchesAnywhere(term[0]) ? (whole ? TermBoundary.AnywhereToWordEnd : TermBoundary.Anywhere)
                    : whole ? TermBoundary.WholeWord : TermBoundary.WordStart;
                var keyLength = Math.Min(KeyLength, term.Length);
                var key = Key(term, keyLength);
                if (!buckets.TryGetValue(key, out var list))
                {
                    buckets[key] = list = [];
                }

                if (!list.Exists(e => e.Term == term && e.Concept == concept))
                {
                    list.Add(new LexiconEntry(term, concept, boundary, keyLength));
                }
            }
        }

        _buckets = buckets.ToFrozenDictionary(kv => kv.Key, kv => new LexiconBucket([.. kv.Value], KeyLengthOf(kv.Key)));
        var byPair = new List<AsciiPairBuckets>();
        foreach (var (key, bucket) in _buckets)
        {
            var term = bucket.Entries[0].Term;
            if (term.Length > 1 && AsciiPair(term) is var pair and >= 0)
            {
                if (_asciiPairSlot[pair] == 0)
                {
                    byPair.Add(new AsciiPairBuckets());
                    _asciiPairSlot[pair] = checked((ushort)byPair.Count);
                }

                byPair[_asciiPairSlot[pair] - 1].Add(term.AsSpan(0, KeyLengthOf(key)), bucket);
            }
        }

        _pairBuckets = [.. byPair];
    }

    public static LexiconMatcher Default { get; } = new(LexiconData.Lines);

    /// <summary>Appends every term occurrence in <paramref name="text"/> to <paramref name="hits"/>.</summary>
    public void Scan(ReadOnlySpan<char> text, int segment, List<ConceptHit> hits)
    {
        var token = 0;
        var unspacedRun = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 0x80)
            {
                unspacedRun = 0;
                if (!char.IsAsciiLetterOrDigit(c))
                {
                    i++;
                    continue;
                }

                if (i == 0 || !Script.IsWordChar(text[i - 1]))
                {
                    token++;
                    ProbeAll(text[i..], false, segment, i, token, hits);
                }

                // ASCII terms only start at word starts, so the rest of an ASCII word is skipped.
                i = AsciiWordEnd(text, i + 1);
                continue;
            }

            var previousIsWord = i > 0 && Script.IsWordChar(text[i - 1]);
            var wordLength = Script.UnspacedWordLength(c);
            unspacedRun = wordLength > 0 ? unspacedRun + 1 : 0;

            // In scripts without spaces a "word" starts every few characters (two in Chinese and Japanese, four in Thai).
            if (!previousIsWord || (wordLength > 0 && unspacedRun % wordLength == 1))
            {
                token++;
            }

            if (!previousIsWord || Script.MatchesAnywhere(c))
            {
                ProbeAll(text[i..], previousIsWord, segment, i, token, hits);
            }
            else if (Script.FollowsCliticPrefixes(text, i))
            {
                // Hebrew "הפנים", "בתמונה": a term may start after the prefix letters as at the start of the word.
                ProbeAll(text[i..], false, segment, i, token, hits);
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

        for (var n = Math.Min(KeyLength, token.Length); n >= 2; n--)
        {
            if (HasCandidate(token, Bucket(token[..n]), prefixOnly))
            {
                return true;
            }
        }

        // A two-letter first word of a multi-word term ("id card") sits in the bucket of "id ".
        return token.Length == 2 && HasCandidate(token, Bucket([token[0], token[1], ' ']), prefixOnly);
    }

    private static bool HasCandidate(ReadOnlySpan<char> token, LexiconBucket? bucket, bool prefixOnly)
    {
        foreach (var entry in bucket?.Entries ?? [])
        {
            var term = entry.Term.AsSpan();
            var isWord = term.SequenceEqual(token) || (term.Length > token.Length && term.StartsWith(token) && term[token.Length] == ' ');
            var isPrefix = !prefixOnly && token.StartsWith(term) && (!EndsWord(entry.Boundary) || token.Length == term.Length);
            if (isWord || isPrefix)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The terms whose key is <paramref name="key"/> (their first characters, at most <see cref="KeyLength"/>).</summary>
    private LexiconBucket? Bucket(ReadOnlySpan<char> key)
    {
        if (key.Length > 1 && AsciiPair(key) is var pair and >= 0)
        {
            if (_asciiPairSlot[pair] == 0)
            {
                return null;
            }

            if (_pairBuckets[_asciiPairSlot[pair] - 1].TryFind(key, out var bucket))
            {
                return bucket;
            }
        }

        return _buckets.GetValueOrDefault(Key(key, key.Length));
    }

    private void ProbeAll(ReadOnlySpan<char> rest, bool previousIsWord, int segment, int start, int token, List<ConceptHit> hits)
    {
        if (rest.Length > 1 && AsciiPair(rest) is var pair and >= 0)
        {
            // Most word starts: the pair's table is looked up once for both key lengths, not once per key length.
            var slot = _asciiPairSlot[pair];
            if (slot != 0)
            {
                ProbePair(_pairBuckets[slot - 1], rest, previousIsWord, segment, start, token, hits);
            }

            return;
        }

        for (var n = Math.Min(KeyLength, rest.Length); n >= 1; n--)
        {
            // Single-character terms exist only in CJK scripts.
            if (n == 1 && rest[0] < 0x80)
            {
                break;
            }

            if (Bucket(rest[..n]) is { } bucket && bucket.MightStart(rest))
            {
                Match(rest, n, bucket.Entries, previousIsWord, segment, start, token, hits);
            }
        }
    }

    /// <summary>
    /// <see cref="ProbeAll"/> for text starting with an ASCII pair that has buckets: the three-character key, then
    /// the pair (single-character terms exist only in CJK scripts).
    /// </summary>
    private void ProbePair(AsciiPairBuckets pairBuckets, ReadOnlySpan<char> rest, bool previousIsWord, int segment, int start, int token, List<ConceptHit> hits)
    {
        if (rest.Length >= KeyLength)
        {
            var key = rest[..KeyLength];
            if (!pairBuckets.TryFind(key, out var bucket))
            {
                bucket = _buckets.GetValueOrDefault(Key(key, KeyLength));
            }

            if (bucket is not null && bucket.MightStart(rest))
            {
                Match(rest, KeyLength, bucket.Entries, previousIsWord, segment, start, token, hits);
            }
        }

        if (pairBuckets.TwoLetter is { } pairBucket && pairBucket.MightStart(rest))
        {
            Match(rest, 2, pairBucket.Entries, previousIsWord, segment, start, token, hits);
        }
    }

    private static void Match(ReadOnlySpan<char> rest, int keyLength, LexiconEntry[] entries, bool previousIsWord, int segment, int start, int token, List<ConceptHit> hits)
    {
        // Terms in one bucket share the key; the next few characters rule out most of them before a full comparison.
        var following = LexiconEntry.Pack(rest, keyLength);
        foreach (ref readonly var entry in entries.AsSpan())
        {
            if ((following & entry.FollowingMask) != entry.Following || (previousIsWord && entry.Boundary is not (TermBoundary.Anywhere or TermBoundary.AnywhereToWordEnd)))
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

    private static int AsciiWordEnd(ReadOnlySpan<char> text, int from)
    {
        // Most words are short: a plain loop reaches their end before a vectorised search is set up.
        var shortEnd = Math.Min(text.Length, from + ShortWord);
        for (; from < shortEnd; from++)
        {
            if (!char.IsAsciiLetterOrDigit(text[from]))
            {
                return from;
            }
        }

        var rest = text[from..].IndexOfAnyExcept(AsciiWordChars);
        return rest < 0 ? text.Length : from + rest;
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

    private static int KeyLengthOf(long key) => (int)(key & 0xFFFF);

    private static int AsciiPair(ReadOnlySpan<char> text) =>
        text[0] < 128 && text[1] < 128 ? (text[0] << 7) | text[1] : -1;
}
