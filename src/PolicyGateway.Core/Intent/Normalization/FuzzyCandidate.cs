using System.Numerics;

namespace PolicyGateway.Intent.Normalization;

/// <summary>
/// What <see cref="FuzzyVocabulary"/> needs to rule a vocabulary word out without a lookup: its length and the set
/// of its characters. Characters share bits modulo 64; sharing only lets more words through, never fewer.
/// </summary>
internal readonly record struct FuzzyCandidate(int Length, ulong Characters)
{
    public static ulong CharacterSet(ReadOnlySpan<char> word)
    {
        var set = 0UL;
        foreach (var c in word)
        {
            set |= 1UL << (c & 63);
        }

        return set;
    }

    /// <summary>
    /// Whether deleting at most one character from each side can make the token and the word equal: then the
    /// lengths differ by at most one and each side has at most one character the other lacks.
    /// </summary>
    public bool IsWithinOneEdit(int length, ulong characters) =>
        Math.Abs(length - Length) <= 1
        && BitOperations.PopCount(characters & ~Characters) <= 1
        && BitOperations.PopCount(Characters & ~characters) <= 1;
}
