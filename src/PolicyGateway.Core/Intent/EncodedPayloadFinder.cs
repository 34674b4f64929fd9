using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace PolicyGateway.Intent;

/// <summary>
/// Finds base64 and hex runs in text and decodes those that turn out to be readable text, so an instruction
/// hidden as "aWRlbnRpZnkgdGhpcyBmYWNl" is classified like the plain one. Bounded: a fixed number of decode
/// attempts per request and a cap on decoded size.
/// </summary>
internal static class EncodedPayloadFinder
{
    private const int MinRun = 20;
    private const double MinPrintable = 0.9;
    private const int ShortStretch = 16;

    public static void Find(ReadOnlySpan<char> text, List<DecodedPayload> found, ref int attemptsLeft, int maxDecodedBytes)
    {
        var i = 0;
        while (i < text.Length && attemptsLeft > 0)
        {
            var start = NextLongRunStart(text, i);
            if (start < 0)
            {
                return;
            }

            i = Skip(text, start + MinRun, inRun: true);
            var run = text[start..i];
            if (IsHex(run))
            {
                attemptsLeft--;
                TryHex(run, found, maxDecodedBytes);
            }
            else if (LooksLikeBase64(run))
            {
                attemptsLeft--;
                TryBase64(run, found, maxDecodedBytes);
            }
        }
    }

    /// <summary>
    /// The start of the first run of at least <see cref="MinRun"/> base64 characters at or after <paramref name="from"/>
    /// (which is 0 or follows a character that is not base64), or -1. Shorter runs are never decoded, and a long run
    /// must cover the character <see cref="MinRun"/> - 1 after its start: looking there first and backwards from it, one
    /// character that is not base64 rules out every start up to it, so prose is passed about a word gap per probe
    /// instead of character by character.
    /// </summary>
    private static int NextLongRunStart(ReadOnlySpan<char> text, int from)
    {
        while (from <= text.Length - MinRun)
        {
            var last = from + MinRun - 1;
            var k = last;
            while (k >= from && IsBase64Char(text[k]))
            {
                k--;
            }

            if (k < from)
            {
                return from;
            }

            from = k + 1;
        }

        return -1;
    }

    /// <summary>The first position from <paramref name="from"/> that is (not in a run) or is not (in a run) a base64 character, or the end.</summary>
    private static int Skip(ReadOnlySpan<char> text, int from, bool inRun)
    {
        // Words and the gaps between them are short: a plain loop gets past them before a vectorised search is set up.
        var shortEnd = Math.Min(text.Length, from + ShortStretch);
        for (; from < shortEnd; from++)
        {
            if (IsBase64Char(text[from]) != inRun)
            {
                return from;
            }
        }

        var index = inRun ? text[from..].IndexOfAnyExcept(Base64Chars) : text[from..].IndexOfAny(Base64Chars);
        return index < 0 ? text.Length : from + index;
    }

    private static void TryBase64(ReadOnlySpan<char> run, List<DecodedPayload> found, int maxDecodedBytes)
    {
        var usable = Math.Min(run.TrimEnd('=').Length, maxDecodedBytes / 3 * 4);
        var padded = (usable + 3) / 4 * 4;
        var chars = ArrayPool<char>.Shared.Rent(padded);
        var bytes = ArrayPool<byte>.Shared.Rent(padded);
        try
        {
            for (var k = 0; k < padded; k++)
            {
                chars[k] = k < usable ? run[k] switch { '-' => '+', '_' => '/', var c => c } : '=';
            }

            // A run cut at a non-multiple of four leaves a tail of 1 char that cannot decode; drop it.
            if (usable % 4 == 1)
            {
                padded -= 4;
            }

            if (padded > 0 && Convert.TryFromBase64Chars(chars.AsSpan(0, padded), bytes, out var written))
            {
                AddIfText(bytes.AsSpan(0, written), "base64", found);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static void TryHex(ReadOnlySpan<char> run, List<DecodedPayload> found, int maxDecodedBytes)
    {
        var length = Math.Min(run.Length / 2, maxDecodedBytes);
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            if (Convert.FromHexString(run[..(length * 2)], bytes, out _, out var written) == OperationStatus.Done)
            {
                AddIfText(bytes.AsSpan(0, written), "hex", found);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static void AddIfText(ReadOnlySpan<byte> bytes, string encoding, List<DecodedPayload> found)
    {
        if (bytes.Length < 8 || !Utf8.IsValid(bytes))
        {
            return;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var printable = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }

            if (!char.IsControl(c) || c is '\n' or '\r' or '\t')
            {
                printable++;
            }
        }

        if (letters >= 4 && printable >= text.Length * MinPrintable)
        {
            found.Add(new DecodedPayload(text, encoding));
        }
    }

    /// <summary>Ordinary long words are not worth a decode attempt; base64 mixes cases or contains digits and symbols.</summary>
    private static bool LooksLikeBase64(ReadOnlySpan<char> run)
    {
        var upper = 0;
        var lower = 0;
        foreach (var c in run)
        {
            if (char.IsAsciiDigit(c) || c is '+' or '/' or '=')
            {
                return true;
            }

            upper += char.IsAsciiLetterUpper(c) ? 1 : 0;
            lower += char.IsAsciiLetterLower(c) ? 1 : 0;
        }

        return upper >= 3 && lower >= 3;
    }

    private static bool IsHex(ReadOnlySpan<char> run)
    {
        if (run.Length % 2 != 0)
        {
            return false;
        }

        var letters = false;
        foreach (var c in run)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }

            letters |= char.IsAsciiLetter(c);
        }

        return letters;
    }

    private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_";

    private static readonly SearchValues<char> Base64Chars = SearchValues.Create(Base64Alphabet);

    // The same alphabet as bits over ASCII (characters 0-63, then 64-127) for the per-character loop in Skip, which
    // runs for every character of every text: a shift and a mask instead of a call through SearchValues.
    private static readonly ulong Base64Low = AsciiBits(Base64Alphabet, 0);
    private static readonly ulong Base64High = AsciiBits(Base64Alphabet, 64);

    private static bool IsBase64Char(char c) =>
        c < 128 && ((c < 64 ? Base64Low >> c : Base64High >> (c - 64)) & 1) != 0;

    private static ulong AsciiBits(string characters, int first)
    {
        var bits = 0UL;
        foreach (var c in characters)
        {
            if (c >= first && c < first + 64)
            {
                bits |= 1UL << (c - first);
            }
        }

        return bits;
    }
}
