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

    /// <summary>Scripts whose words are not separated by spaces, so each character counts as a token.</summary>
    public static bool IsUnspaced(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF';

    /// <summary>Where lexicon terms may start mid-word: unspaced scripts, plus Arabic with its attached articles and prepositions.</summary>
    public static bool MatchesAnywhere(char c) => IsUnspaced(c) || c is >= '\u0600' and <= '\u06FF';
}
