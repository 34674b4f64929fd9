using System.Globalization;
using System.Text;

namespace PolicyGateway.Intent.Normalization;

/// <summary>
/// Per-character folding shared by request text and lexicon terms, so both sides meet in one form:
/// lower case, Latin/Greek/Cyrillic diacritics removed (Polish, Turkish, French, Vietnamese, ... typed with or without
/// accents match), Arabic and Persian letter variants unified, Arabic short vowels and Hebrew vowel points dropped.
/// </summary>
internal static class CharFolder
{
    /// <summary>Marks a character that is dropped from the folded text.</summary>
    public const char Drop = '\0';

    // Latin, IPA, Greek and Cyrillic: the ranges whose accents we strip.
    private const int TableSize = 0x0530;
    // Latin Extended Additional (Vietnamese) and Greek Extended (polytonic Greek): letters with stacked accents.
    private const int ExtendedStart = 0x1E00;
    private const int ExtendedEnd = 0x2000;
    private static readonly char[] Table = BuildTable(0, TableSize);
    private static readonly char[] Extended = BuildTable(ExtendedStart, ExtendedEnd);

    public static char Fold(char c)
    {
        if (c < TableSize)
        {
            return Table[c];
        }

        if (c is >= (char)ExtendedStart and < (char)ExtendedEnd)
        {
            return Extended[c - ExtendedStart];
        }

        return c switch
        {
            // Persian yeh, keheh and heh with yeh are often typed with the Arabic letters, and the other way round.
            '\u06CC' => '\u064A',
            '\u06A9' => '\u0643',
            '\u06C0' => '\u0647',
            // Hebrew vowel points and cantillation marks; most Hebrew is written without them.
            >= '\u0591' and <= '\u05BD' or '\u05BF' or '\u05C1' or '\u05C2' or '\u05C4' or '\u05C5' or '\u05C7' => Drop,
            // Arabic: hamza-carrying alefs and alef madda read as plain alef; ta marbuta and alef maqsura are
            // spelled either way in informal text.
            '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
            '\u0629' => '\u0647',
            '\u0649' => '\u064A',
            // Harakat, superscript alef and tatweel carry no meaning for matching.
            >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' => Drop,
            '\u2018' or '\u2019' or '\u02BC' or '\u00B4' or '\u0060' => '\'',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>Whether a combining mark after <paramref name="previous"/> should be dropped (accents on alphabetic scripts, but never Indic vowel signs).</summary>
    public static bool DropsMarkAfter(char previous) =>
        (previous < TableSize || previous is >= (char)ExtendedStart and < (char)ExtendedEnd) && char.IsLetter(previous);

    /// <summary>
    /// Zero-width (non-)joiners after a letter of Hebrew and the scripts after it (Persian "می‌خواهم", Indic conjuncts)
    /// are spelling, not an evasion; they are dropped all the same.
    /// </summary>
    public static bool IsOrthographicJoiner(char c, char previous) =>
        c is '\u200C' or '\u200D' && previous >= '\u0590' && Lexicon.Script.IsWordChar(previous);

    /// <summary>Folds a whole lexicon term the way <see cref="TextNormalizer"/> folds request text.</summary>
    public static string FoldTerm(string term)
    {
        var normalized = term.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (c is '-' or '_')
            {
                sb.Append(' ');
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Format)
            {
                // The normaliser drops zero-width joiners and the like (Persian writes one inside many words).
                continue;
            }

            if (category == UnicodeCategory.NonSpacingMark && sb.Length > 0 && DropsMarkAfter(sb[^1]))
            {
                continue;
            }

            var folded = Fold(c);
            if (folded != Drop)
            {
                sb.Append(folded);
            }
        }

        return sb.ToString();
    }

    private static char[] BuildTable(int start, int end)
    {
        var table = new char[end - start];
        for (var i = start; i < end; i++)
        {
            var c = (char)i;
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            table[i - start] = decomposed.Length > 0 && char.IsLetter(decomposed[0]) ? decomposed[0] : lower;
        }

        if (start != 0)
        {
            return table;
        }

        // Letters whose "accent" is part of the glyph, so Unicode does not decompose them.
        table['ı'] = 'i';
        table['ł'] = 'l';
        table['Ł'] = 'l';
        table['ø'] = 'o';
        table['Ø'] = 'o';
        table['đ'] = 'd';
        table['Đ'] = 'd';
        table['ħ'] = 'h';
        table['ς'] = 'σ';
        return table;
    }
}
