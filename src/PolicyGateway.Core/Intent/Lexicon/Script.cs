using System.Globalization;

namespace PolicyGateway.Intent.Lexicon;

/// <summary>Character classes the matcher and normaliser need.</summary>
internal static class Script
{
    // Hebrew words carry up to three one-letter prefixes: ו "and", ה "the", ב "in", כ "as", ל "to", מ "from", ש "that".
    private const int MaxCliticPrefixes = 3;

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

    /// <summary>Thai, Lao, Myanmar and Khmer: written without spaces between words, like Chinese, but with longer words.</summary>
    public static bool IsUnspacedAlphabetic(char c) =>
        c is >= '\u0E00' and <= '\u0EFF' or >= '\u1000' and <= '\u109F' or >= '\u1780' and <= '\u17FF';

    /// <summary>
    /// How many characters of an unspaced script count as one word for proximity rules (Chinese and Japanese words
    /// average about two characters, Thai words about four); 0 for scripts that separate words with spaces.
    /// </summary>
    public static int UnspacedWordLength(char c) => IsUnspaced(c) ? 2 : IsUnspacedAlphabetic(c) ? 4 : 0;

    /// <summary>
    /// Where lexicon terms may start mid-word: unspaced scripts, Korean (particles and compounds attach to nouns)
    /// and Arabic script, Arabic and Persian (articles and prepositions attach to words).
    /// </summary>
    public static bool MatchesAnywhere(char c) =>
        IsUnspaced(c) || IsUnspacedAlphabetic(c) || c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u0600' and <= '\u06FF';

    /// <summary>
    /// Whether position <paramref name="i"/> of a Hebrew word follows nothing but one to three prefix letters
    /// ("הפנים", "בתמונה", "ולמשטרה"), so a term may start there as if at the start of the word.
    /// </summary>
    public static bool FollowsCliticPrefixes(ReadOnlySpan<char> text, int i)
    {
        if (!IsHebrewLetter(text[i]))
        {
            return false;
        }

        var prefixes = 0;
        for (var j = i - 1; j >= 0 && IsWordChar(text[j]); j--)
        {
            if (!IsHebrewPrefix(text[j]) || ++prefixes > MaxCliticPrefixes)
            {
                return false;
            }
        }

        return prefixes > 0;
    }

    private static bool IsHebrewLetter(char c) => c is >= '\u05D0' and <= '\u05EA';

    private static bool IsHebrewPrefix(char c) => c is '\u05D5' or '\u05D4' or '\u05D1' or '\u05DB' or '\u05DC' or '\u05DE' or '\u05E9';
}
