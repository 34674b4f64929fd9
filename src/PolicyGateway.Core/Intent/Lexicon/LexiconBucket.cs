namespace PolicyGateway.Intent.Lexicon;

/// <summary>
/// The terms sharing one key, in lexicon order, with a filter on the two characters that follow the key: most text
/// positions that reach a bucket ("the quarterly" in the bucket of "the man", "the suspect", ...) leave it at once.
/// </summary>
internal sealed class LexiconBucket
{
    private const int FilterBits = 64;

    // Bit FilterBit(a, b) is set for every term continuing with a and b after the key; all bits when a term does not.
    private readonly ulong _following;

    public LexiconBucket(LexiconEntry[] entries, int keyLength)
    {
        Entries = entries;
        KeyLength = keyLength;
        foreach (var entry in entries)
        {
            _following |= entry.Term.Length >= keyLength + 2
                ? 1UL << FilterBit(entry.Term[keyLength], entry.Term[keyLength + 1])
                : ulong.MaxValue;
        }
    }

    public LexiconEntry[] Entries { get; }

    public int KeyLength { get; }

    /// <summary>False when no term of the bucket can start <paramref name="text"/>, which begins with the key.</summary>
    public bool MightStart(ReadOnlySpan<char> text)
    {
        var first = text.Length > KeyLength ? text[KeyLength] : '\0';
        var second = text.Length > KeyLength + 1 ? text[KeyLength + 1] : '\0';
        return (_following >> FilterBit(first, second) & 1) != 0;
    }

    private static int FilterBit(char first, char second) => (first * 7 + second) % FilterBits;
}
