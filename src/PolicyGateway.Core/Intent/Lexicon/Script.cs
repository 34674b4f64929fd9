using System.Globalization;

namespace PolicyGateway.Intent.Lexicon;

/// <summary>Character classes the matcher and normaliser need.</summary>
internal static class Script
{
    public static bool IsWordChar(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
            _ => false,
        };
    }

    /// <summary>Chinese and Japanese: words are not separated by spaces, so word positions are estimated from characters.</summary>
    public static bool IsUnspaced(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>
    /// Where lexicon terms may start mid-word: unspaced scripts, Korean (particles and compounds attach to nouns)
    /// and Arabic (articles and prepositions attach to words).
    /// </summary>
    public static bool MatchesAnywhere(char c) =>
        IsUnspaced(c) || c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u0600' and <= '\u06FF';
}
