using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PolicyGateway.Intent.Normalization;

/// <summary>
/// The character pass's shortcut for ordinary prose: a block of printable ASCII with no upper-case letter, no '-' or
/// '_' and no two spaces in a row comes out of the pass exactly as it went in (lower-case letters, digits and
/// punctuation are copied, a lone space is kept), so it is recognised with a few vector compares and copied whole.
/// </summary>
internal static class PlainBlock
{
    public const int Length = 8;

    /// <summary>
    /// Whether the <see cref="Length"/> characters at <paramref name="start"/> are copied unchanged, given the spaces
    /// the pass has just written (a third space in a row is dropped, so a block may not start with one then).
    /// </summary>
    public static bool Fits(ReadOnlySpan<char> source, int start, int spacesBefore)
    {
        if (!Vector128.IsHardwareAccelerated || source.Length - start < Length)
        {
            return false;
        }

        var block = Vector128.Create(MemoryMarshal.Cast<char, ushort>(source.Slice(start, Length)));
        var printable = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)' '), Vector128.Create((ushort)('~' - ' ')));
        var upper = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'A'), Vector128.Create((ushort)('Z' - 'A')));
        var separator = Vector128.Equals(block, Vector128.Create((ushort)'-')) | Vector128.Equals(block, Vector128.Create((ushort)'_'));
        if ((printable & ~upper & ~separator) != Vector128<ushort>.AllBitsSet)
        {
            return false;
        }

        var spaces = Vector128.Equals(block, Vector128.Create((ushort)' ')).ExtractMostSignificantBits();
        return (spaces & (spaces >> 1)) == 0 && (spacesBefore < 2 || (spaces & 1) == 0);
    }
}
