// The implementation before the fast paths (commit de5f644), kept unchanged as the slow path that
// FastPathEquivalenceTests compares the optimised classifier against.
using System.Buffers;
using System.Globalization;
using System.Text;


using PolicyGateway.Intent.Normalization;

namespace PolicyGateway.Core.Tests.Intent.Reference;

/// <summary>
/// Brings request text into the form the lexicon is written in, undoing the usual ways of hiding words:
/// NFKC (fullwidth, mathematical and circled letters), format characters (zero-width, bidi controls, soft
/// hyphens), accents, camelCase and snake_case identifiers, spaced-out letters ("f a c e  m a t c h",
/// "f.a.c.e"), homoglyphs inside mixed-script words, leetspeak and one-edit typos of key words.
/// Output is lower case with single spaces.
/// </summary>
internal sealed class ReferenceTextNormalizer(ReferenceLexiconMatcher lexicon, ReferenceFuzzyVocabulary vocabulary)
{
    private const int MinSpacedRun = 3;
    private const int MaxTransformedToken = 40;

    // Runs this long are data (base64, hashes), not identifiers; splitting their case changes would invent words.
    private const int MaxCamelCaseRun = 48;

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\r\n\u00A0\u3000");

    private static readonly SearchValues<char> LowerLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    // Cyrillic letters that look like Latin ones; a word made only of these and Latin letters is a disguised Latin word.
    private static readonly SearchValues<char> LatinLookalikeCyrillic = SearchValues.Create("аеорсухіѕјһԁԛԝкмтвн");

    private static readonly HashSet<string> ShortWords = ["is", "in", "to", "of", "on", "me", "at", "it", "as", "id", "be"];

    public NormalizedText Normalize(ReadOnlySpan<char> raw)
    {
        var evasion = Evasion.None;
        string? composed = null;
        if (!Ascii.IsValid(raw))
        {
            composed = raw.ToString();
            if (!composed.IsNormalized(NormalizationForm.FormKC))
            {
                composed = composed.Normalize(NormalizationForm.FormKC);
                evasion |= Evasion.CompatibilityForms;
            }
        }

        var source = composed is null ? raw : composed.AsSpan();
        // camelCase splitting at most doubles the text; typo repair adds at most one letter to a word of five or more.
        var folded = ArrayPool<char>.Shared.Rent(source.Length * 2 + 4);
        char[]? output = null;
        try
        {
            var foldedLength = FoldCharacters(source, folded, ref evasion);
            output = ArrayPool<char>.Shared.Rent(foldedLength * 2 + 4);
            var outputLength = TransformTokens(folded.AsSpan(0, foldedLength), output, ref evasion);
            return new NormalizedText(new string(output, 0, outputLength), evasion);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
            if (output is not null)
            {
                ArrayPool<char>.Shared.Return(output);
            }
        }
    }

    /// <summary>Character pass. Keeps runs of two spaces, which separate words in spaced-out text.</summary>
    private static int FoldCharacters(ReadOnlySpan<char> source, char[] buffer, ref Evasion evasion)
    {
        var length = 0;
        var spaces = 2;
        var previous = ' ';
        var runEnd = 0;
        var splitCamelCase = true;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (i >= runEnd)
            {
                var next = source[i..].IndexOfAny(Whitespace);
                runEnd = next < 0 ? source.Length : i + next + 1;
                splitCamelCase = runEnd - i <= MaxCamelCaseRun;
            }

            if (c < 0x80)
            {
                if (c is '-' or '_' || char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    AppendSpace(buffer, ref length, ref spaces);
                }
                else
                {
                    // camelCase identifiers in code and tool schemas: "searchFaceDatabase" reads as three words.
                    if (splitCamelCase && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(previous))
                    {
                        AppendSpace(buffer, ref length, ref spaces);
                    }

                    buffer[length++] = char.ToLowerInvariant(c);
                    spaces = 0;
                }

                previous = c;
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            switch (category)
            {
                case UnicodeCategory.Format:
                    if (!CharFolder.IsOrthographicJoiner(c, previous))
                    {
                        evasion |= Evasion.InvisibleCharacters;
                    }

                    continue;
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
                    when length > 0 && CharFolder.DropsMarkAfter(buffer[length - 1]):
                    continue;
                case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                    or UnicodeCategory.Control or UnicodeCategory.DashPunctuation or UnicodeCategory.Surrogate
                    or UnicodeCategory.OtherSymbol:
                    AppendSpace(buffer, ref length, ref spaces);
                    previous = ' ';
                    continue;
            }

            var f = CharFolder.Fold(c);
            if (f != CharFolder.Drop)
            {
                buffer[length++] = f;
                spaces = 0;
            }

            previous = c;
        }

        return length;
    }

    private static void AppendSpace(char[] buffer, ref int length, ref int spaces)
    {
        if (spaces < 2)
        {
            buffer[length++] = ' ';
        }

        spaces++;
    }

    /// <summary>Token pass: joins spaced-out letters, then repairs each word.</summary>
    private int TransformTokens(ReadOnlySpan<char> text, char[] output, ref Evasion evasion)
    {
        var length = 0;
        var position = 0;
        Span<char> joined = stackalloc char[MaxTransformedToken * 2];
        while (position < text.Length)
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }

            if (position >= text.Length)
            {
                break;
            }

            var end = NextSpace(text, position);
            var token = text[position..end];

            var runTokens = 0;
            var runEnd = end - position == 1 ? SpacedRunEnd(text, position, out runTokens) : end;
            if (runTokens >= MinSpacedRun)
            {
                // "f a c e  m a t c h": single characters joined, double spaces become word breaks.
                evasion |= Evasion.SpacedLetters;
                var joinedLength = 0;
                for (var p = position; p < runEnd; p++)
                {
                    if (text[p] != ' ')
                    {
                        joined[joinedLength++] = text[p];
                    }

                    var wordBreak = p + 2 < runEnd && text[p + 1] == ' ' && text[p + 2] == ' ';
                    if (joinedLength > 0 && (wordBreak || p + 1 == runEnd || joinedLength == joined.Length))
                    {
                        AppendSpacedWord(joined[..joinedLength], output, ref length, ref evasion);
                        joinedLength = 0;
                    }
                }

                position = runEnd;
                continue;
            }

            AppendWord(token, output, ref length, ref evasion);
            position = end;
        }

        return length;
    }

    /// <summary>"a p h o t o" and "i d e n t i f y": a one-letter word spaced like its neighbour is not part of it.</summary>
    private void AppendSpacedWord(ReadOnlySpan<char> word, char[] output, ref int length, ref Evasion evasion)
    {
        if (word.Length > 3 && word[0] is 'a' or 'i' or 'y' or 'e' or 'o' or 'u'
            && !lexicon.IsVocabularyPrefix(word) && lexicon.IsVocabularyPrefix(word[1..]))
        {
            AppendWord(word[..1], output, ref length, ref evasion);
            word = word[1..];
        }

        AppendWord(word, output, ref length, ref evasion);
    }

    private void AppendWord(scoped ReadOnlySpan<char> token, char[] output, ref int length, ref Evasion evasion)
    {
        if (length > 0)
        {
            output[length++] = ' ';
        }

        var dotted = token.Length <= MaxTransformedToken && IsDottedLetters(token);
        Span<char> compacted = dotted ? stackalloc char[MaxTransformedToken] : default;
        if (dotted)
        {
            // "f.a.c.e" and "f*a*c*e": the separators only exist to break words apart.
            var compactedLength = 0;
            for (var i = 0; i < token.Length; i += 2)
            {
                compacted[compactedLength++] = token[i];
            }

            token = compacted[..compactedLength];
            evasion |= Evasion.SpacedLetters;
        }

        if (token.Length > MaxTransformedToken)
        {
            token.CopyTo(output.AsSpan(length));
            length += token.Length;
            return;
        }

        // Leading and trailing punctuation stays where it is; only the word inside is repaired.
        var start = 0;
        var end = token.Length;
        while (start < end && IsEdgePunctuation(token[start]))
        {
            start++;
        }

        while (end > start && IsEdgePunctuation(token[end - 1]))
        {
            end--;
        }

        token[..start].CopyTo(output.AsSpan(length));
        length += start;

        var core = token[start..end];
        if (core.IndexOfAnyExcept(LowerLetters) < 0)
        {
            // The common case, a plain lower-case word: only a typo can need repair.
            if (core.Length >= 5 && vocabulary.MightCorrect(core) && !lexicon.IsVocabularyPrefix(core)
                && vocabulary.TryCorrect(core, out var corrected))
            {
                core = corrected;
                evasion |= Evasion.Typos;
            }

            core.CopyTo(output.AsSpan(length));
            length += core.Length;
            token[end..].CopyTo(output.AsSpan(length));
            length += token.Length - end;
            return;
        }

        Span<char> word = stackalloc char[MaxTransformedToken * 2];
        var wordLength = RepairWord(token[start..end], word, ref evasion);
        word[..wordLength].CopyTo(output.AsSpan(length));
        length += wordLength;

        token[end..].CopyTo(output.AsSpan(length));
        length += token.Length - end;
    }

    private int RepairWord(ReadOnlySpan<char> word, Span<char> result, ref Evasion evasion)
    {
        word.CopyTo(result);
        var length = word.Length;
        if (length == 0)
        {
            return 0;
        }

        var asciiLetters = 0;
        var otherLetters = 0;
        var confusable = 0;
        var cyrillicOwnLetters = 0;
        var cyrillicLetters = 0;
        var leet = 0;
        var letters = 0;
        var letterAfterDigit = false;
        var digitAfterLetter = false;
        foreach (var c in word)
        {
            if (char.IsAsciiLetter(c))
            {
                asciiLetters++;
                letters++;
                letterAfterDigit |= leet > 0;
            }
            else if (IsLeet(c))
            {
                leet++;
                digitAfterLetter |= letters > 0;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                otherLetters++;
                if (c is >= '\u0400' and <= '\u04FF')
                {
                    cyrillicLetters++;
                    if (!LatinLookalikeCyrillic.Contains(c))
                    {
                        cyrillicOwnLetters++;
                    }
                }

                if (Confusables.TryGetAscii(c, out _))
                {
                    confusable++;
                }
            }
        }

        if (asciiLetters > 0 && cyrillicOwnLetters > 0)
        {
            // A Russian word (it has letters like л, и, ц that Latin lacks) with Latin look-alikes slipped in.
            for (var i = 0; i < length; i++)
            {
                result[i] = LatinToCyrillic(result[i]);
            }

            evasion |= Evasion.Homoglyphs;
        }
        else if (asciiLetters > 0 && confusable > 0 && confusable == otherLetters)
        {
            // Every foreign letter in a Latin word has a Latin twin: the foreign letters are the fakes.
            for (var i = 0; i < length; i++)
            {
                if (Confusables.TryGetAscii(result[i], out var ascii))
                {
                    result[i] = ascii;
                }
            }

            evasion |= Evasion.Homoglyphs;
        }

        if (leet > 0 && letters >= 1 && letters + leet == length)
        {
            // Digits in a Cyrillic word stand for the Cyrillic letters they resemble ("кт0", "ф0т0"), not Latin ones.
            var cyrillic = cyrillicLetters == letters;
            Span<char> candidate = stackalloc char[length];
            for (var i = 0; i < length; i++)
            {
                candidate[i] = cyrillic ? FromLeetCyrillic(result[i]) : FromLeet(result[i]);
            }

            // Digits between letters ("f4c3") are leetspeak; "image1", "1080p" and "4k" are not, unless the decoded
            // word is one we look for ("wh0").
            var interleaved = letterAfterDigit && digitAfterLetter;
            var shortWord = length < 3 && ShortWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(candidate);
            if (!HasLeet(candidate) && (shortWord || (interleaved && length >= 3) || lexicon.IsVocabularyWord(candidate)))
            {
                candidate.CopyTo(result);
                evasion |= Evasion.Leetspeak;
            }
        }

        if (length >= 5 && IsAsciiLetters(result[..length]) && !lexicon.IsVocabularyPrefix(result[..length])
            && vocabulary.TryCorrect(result[..length], out var corrected))
        {
            corrected.CopyTo(result);
            length = corrected.Length;
            evasion |= Evasion.Typos;
        }

        return length;
    }

    private static int SpacedRunEnd(ReadOnlySpan<char> text, int position, out int tokens)
    {
        tokens = 0;
        var runEnd = position;
        var p = position;
        while (p < text.Length)
        {
            var end = NextSpace(text, p);
            if (end - p != 1 || !(char.IsLetter(text[p]) || IsLeet(text[p]) || IsMark(text[p])))
            {
                break;
            }

            tokens++;
            runEnd = end;
            p = end;
            var spaces = 0;
            while (p < text.Length && text[p] == ' ')
            {
                spaces++;
                p++;
            }

            if (spaces > 2)
            {
                break;
            }
        }

        return runEnd;
    }

    private static int NextSpace(ReadOnlySpan<char> text, int position)
    {
        var index = text[position..].IndexOf(' ');
        return index < 0 ? text.Length : position + index;
    }

    private static bool IsDottedLetters(ReadOnlySpan<char> token)
    {
        if (token.Length < 5 || token.Length % 2 == 0 || token[1] is not ('.' or '*' or '·' or '•' or '/' or '+'))
        {
            return false;
        }

        for (var i = 0; i < token.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsLetter(token[i]) : token[i] != token[1])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsEdgePunctuation(char c) =>
        c is '.' or ',' or ';' or ':' or '?' or '!' or '|' or '"' or '\'' or '(' or ')' or '[' or ']' or '{' or '}' or '<' or '>' or '*' or '`' or '/' or '\\' or '=' or '#'
        || (c >= 0x80 && char.IsPunctuation(c));

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsLeet(char c) => c is '0' or '1' or '3' or '4' or '5' or '7' or '8' or '@' or '$' or '!' or '|';

    private static char FromLeet(char c) => c switch
    {
        '0' => 'o',
        '1' or '!' or '|' => 'i',
        '3' => 'e',
        '4' or '@' => 'a',
        '5' or '$' => 's',
        '7' => 't',
        '8' => 'b',
        _ => c,
    };

    // A digit with no Cyrillic look-alike ("7" in "в7ор") leaves the word as it was written.
    private static bool HasLeet(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (IsLeet(c))
            {
                return true;
            }
        }

        return false;
    }

    private static char FromLeetCyrillic(char c) => c switch
    {
        '0' => 'о',
        '3' => 'з',
        '4' => 'ч',
        '@' => 'а',
        _ => c,
    };

    private static char LatinToCyrillic(char c) => c switch
    {
        'a' => 'а',
        'e' => 'е',
        'o' => 'о',
        'p' => 'р',
        'c' => 'с',
        'x' => 'х',
        'y' => 'у',
        'k' => 'к',
        'm' => 'м',
        't' => 'т',
        'h' => 'н',
        'b' => 'в',
        _ => c,
    };

    private static bool IsAsciiLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
