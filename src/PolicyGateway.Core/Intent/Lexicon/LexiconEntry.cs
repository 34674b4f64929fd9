namespace PolicyGateway.Intent.Lexicon;

/// <summary>
/// One folded term of the lexicon. A struct so a bucket's terms lie side by side; <see cref="Following"/> packs the
/// characters after the bucket key, so a term that cannot start the text is rejected with one comparison.
/// </summary>
internal readonly struct LexiconEntry
{
    /// <summary>How many characters after the key <see cref="Following"/> holds.</summary>
    public const int FollowingLength = 4;

    public LexiconEntry(string term, Concept concept, TermBoundary boundary, int keyLength)
    {
        Term = term;
        Concept = concept;
        Boundary = boundary;
        for (var i = 0; i < FollowingLength && keyLength + i < term.Length; i++)
        {
            Following |= (ulong)term[keyLength + i] << (16 * i);
            FollowingMask |= 0xFFFFUL << (16 * i);
        }
    }

    public string Term { get; }
    public Concept Concept { get; }
    public TermBoundary Boundary { get; }
    public ulong Following { get; }
    public ulong FollowingMask { get; }

    /// <summary>The characters of <paramref name="text"/> after <paramref name="keyLength"/> packed like <see cref="Following"/>; missing ones are zero.</summary>
    public static ulong Pack(ReadOnlySpan<char> text, int keyLength)
    {
        var packed = 0UL;
        for (var i = 0; i < FollowingLength && keyLength + i < text.Length; i++)
        {
            packed |= (ulong)text[keyLength + i] << (16 * i);
        }

        return packed;
    }
}
