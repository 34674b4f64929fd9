using System.Numerics;

namespace PolicyGateway.Intent.Lexicon;

/// <summary>
/// The lexicon buckets under one ASCII first-letter pair: the two-letter terms, and the buckets of longer terms
/// by their third character. An ASCII third character is found by its bit and the rank of that bit, with no hashing;
/// buckets with another third character stay in the matcher's dictionary.
/// </summary>
internal sealed class AsciiPairBuckets
{
    private const int Bits = 64;

    private ulong _thirdLow;
    private ulong _thirdHigh;
    // Indexed by the rank of the third character's bit among the set bits, low word first.
    private LexiconBucket[] _byThird = [];

    /// <summary>The bucket of the two-letter terms of the pair, if any.</summary>
    public LexiconBucket? TwoLetter { get; private set; }

    public void Add(ReadOnlySpan<char> key, LexiconBucket bucket)
    {
        if (key.Length == 2)
        {
            TwoLetter = bucket;
            return;
        }

        var third = key[2];
        if (third >= 2 * Bits)
        {
            return;
        }

        if (third < Bits)
        {
            _thirdLow |= 1UL << third;
        }
        else
        {
            _thirdHigh |= 1UL << (third - Bits);
        }

        var list = new List<LexiconBucket>(_byThird);
        list.Insert(Rank(third), bucket);
        _byThird = [.. list];
    }

    /// <summary>
    /// Finds the bucket of <paramref name="key"/> (the pair and at most one more character); false when the answer is
    /// not kept here (a non-ASCII third character).
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> key, out LexiconBucket? bucket)
    {
        if (key.Length == 2)
        {
            bucket = TwoLetter;
            return true;
        }

        var third = key[2];
        bucket = null;
        if (third >= 2 * Bits)
        {
            return false;
        }

        var present = third < Bits ? (_thirdLow >> third) & 1 : (_thirdHigh >> (third - Bits)) & 1;
        if (present != 0)
        {
            bucket = _byThird[Rank(third)];
        }

        return true;
    }

    private int Rank(char third) => third < Bits
        ? BitOperations.PopCount(_thirdLow & ((1UL << third) - 1))
        : BitOperations.PopCount(_thirdLow) + BitOperations.PopCount(_thirdHigh & ((1UL << (third - Bits)) - 1));
}
