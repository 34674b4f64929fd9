using System.Collections.Frozen;

namespace PolicyGateway.Intent.Lexicon;

/// <summary>
/// Finds lexicon terms in normalised text. Terms are bucketed by their first two characters, so the scan costs
/// one dictionary probe per word start (and per character in unspaced scripts) plus a few ordinal comparisons.
/// No regular expressions: the cost is linear in the text and cannot blow up.
/// </summary>
internal sealed class LexiconMatcher
{
    private readonly FrozenDictionary<int, LexiconEntry[]> _buckets;

    public LexiconMatcher(IEnumerable<(Concept Concept, string Terms)> lines)
    {
        var buckets = new Dictionary<int, List<LexiconEntry>>();
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

                var boundary = Script.MatchesAnywhere(term[0]) ? TermBoundary.Anywhere
                    : whole ? TermBoundary.WholeWord : TermBoundary.WordStart;
                var key = Key(term[0], term.Length > 1 ? term[1] : '\0');
                if (!buckets.TryGetValue(key, out var list))
                {
                    buckets[key] = list = [];
                }

                if (!list.Exists(e => e.Term == term && e.Concept == concept))
                {
                    list.Add(new LexiconEntry(term, concept, boundary));
                }
            }
        }

        _buckets = buckets.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    public static LexiconMatcher Default { get; } = new(LexiconData.Lines);

    /// <summary>Appends every term occurrence in <paramref name="text"/> to <paramref name="hits"/>.</summary>
    public void Scan(string text, int segment, List<ConceptHit> hits)
    {
        var token = 0;
        var unspacedRun = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previousIsWord = i > 0 && Script.IsWordChar(text[i - 1]);
            var unspaced = Script.IsUnspaced(c);
            unspacedRun = unspaced ? unspacedRun + 1 : 0;

            // Chinese and Japanese words average about two characters, so every second character starts a "word".
            if (!previousIsWord || (unspaced && unspacedRun % 2 == 1))
            {
                token++;
            }

            if (previousIsWord && !Script.MatchesAnywhere(c))
            {
                continue;
            }

            var rest = text.AsSpan(i);
            if (rest.Length > 1)
            {
                Probe(rest, Key(c, rest[1]), previousIsWord, segment, i, token, hits);
            }

            Probe(rest, Key(c, '\0'), previousIsWord, segment, i, token, hits);
        }
    }

    /// <summary>
    /// Whether a token (leet-decoded, say) is worth keeping: it starts with a term, or is the first word of a
    /// multi-word term.
    /// </summary>
    public bool IsVocabularyPrefix(ReadOnlySpan<char> token)
    {
        if (token.Length < 2 || !_buckets.TryGetValue(Key(token[0], token[1]), out var entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            var term = entry.Term.AsSpan();
            if (token.StartsWith(term) && (entry.Boundary != TermBoundary.WholeWord || token.Length == term.Length))
            {
                return true;
            }

            if (term.Length > token.Length && term.StartsWith(token) && term[token.Length] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a token is exactly a term, or the first word of a multi-word term.</summary>
    public bool IsVocabularyWord(ReadOnlySpan<char> token)
    {
        if (token.Length < 2 || !_buckets.TryGetValue(Key(token[0], token[1]), out var entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            var term = entry.Term.AsSpan();
            if (term.SequenceEqual(token) || (term.Length > token.Length && term.StartsWith(token) && term[token.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private void Probe(ReadOnlySpan<char> rest, int key, bool previousIsWord, int segment, int start, int token, List<ConceptHit> hits)
    {
        if (!_buckets.TryGetValue(key, out var entries))
        {
            return;
        }

        foreach (var entry in entries)
        {
            if (previousIsWord && entry.Boundary != TermBoundary.Anywhere)
            {
                continue;
            }

            var term = entry.Term;
            if (!rest.StartsWith(term, StringComparison.Ordinal))
            {
                continue;
            }

            if (entry.Boundary == TermBoundary.WholeWord && rest.Length > term.Length && Script.IsWordChar(rest[term.Length]))
            {
                continue;
            }

            hits.Add(new ConceptHit(entry.Concept, segment, start, term.Length, token));
        }
    }

    private static int Key(char first, char second) => (first << 16) | second;
}
