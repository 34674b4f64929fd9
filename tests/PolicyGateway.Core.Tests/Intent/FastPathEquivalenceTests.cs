using PolicyGateway.Intent.Training.Corpus;
using System.Text;
using PolicyGateway.Core.Tests.Intent.Reference;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Lexicon;
using PolicyGateway.Intent.Normalization;

namespace PolicyGateway.Core.Tests.Intent;

/// <summary>
/// The fast paths (ASCII shortcuts, pooled buffers, bucket tables and filters, typo pre-checks) must decide exactly
/// what the original implementation decided. The originals live in <c>Reference/</c>; both run over every corpus
/// text, the evasion samples and one-edit typos of key words, and must agree character for character and hit for hit.
/// </summary>
public sealed class FastPathEquivalenceTests
{
    private static readonly TextNormalizer Fast = new(LexiconMatcher.Default, new FuzzyVocabulary());
    private static readonly ReferenceTextNormalizer Slow = new(ReferenceLexiconMatcher.Default, new ReferenceFuzzyVocabulary());

    private static readonly string[] Samples =
    [
        "ＦＡＣＩＡＬ　ＲＥＣＯＧＮＩＴＩＯＮ", "fa\u200Bcial re\u200Dcog\u2060nition", "f\u0430\u0441i\u0430l",
        "\u0440\u0430\u0441\u043F\u043E\u0437\u043D\u0430\u0432\u0430\u043D\u0438\u0435 \u043B\u0438\u0446 with Latin o: \u043B\u0438\u0446o",
        "f4c3 m4tch", "wh0 1s he", "f a c e  m a t c h", "f.a.c.e", "send a p h o t o", "facial recogntion", "idnetify him",
        "searchFaceDatabase(face_embedding)", "Reconnaissance FACIALE", "IdentifyTheSuspectInThisBodycamFrameAgainstTheWatchlistNow",
        "aWRlbnRpZnkgdGhpcyBmYWNl and 6964656e7469667920746869732066616365 \t\r\n\u00A0\u3000 x-y_z \u007F\u0001 DEL",
        "Wh0 15 7h3 m4n 1n 7h15 ph070? «Qui est-ce?» ¿Quién es? 这个人是谁 이 사람은 누구 من هذا الشخص",
        "the man who is standing, the person in the photo; the suspect's face - the same person? watchlst mugshts survelliance",
    ];

    [Fact]
    public void Normalised_text_and_evasions_match_the_original_on_every_input()
    {
        foreach (var text in AllTexts())
        {
            var fast = Fast.Normalize(text);
            var slow = Slow.Normalize(text);
            Assert.Equal(slow.Text, fast.Text);
            Assert.Equal(slow.Evasion, fast.Evasion);
        }
    }

    [Fact]
    public void Lexicon_hits_and_vocabulary_checks_match_the_original_on_every_input()
    {
        foreach (var text in AllTexts())
        {
            var normalized = Slow.Normalize(text).Text;
            foreach (var candidate in new[] { normalized, text, text.ToLowerInvariant() })
            {
                var fast = new List<ConceptHit>();
                var slow = new List<ConceptHit>();
                LexiconMatcher.Default.Scan(candidate, 3, fast);
                ReferenceLexiconMatcher.Default.Scan(candidate, 3, slow);
                Assert.Equal(slow, fast);
            }

            foreach (var token in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var part in new[] { token, token[..Math.Min(2, token.Length)], token[..Math.Min(3, token.Length)] })
                {
                    Assert.Equal(ReferenceLexiconMatcher.Default.IsVocabularyPrefix(part), LexiconMatcher.Default.IsVocabularyPrefix(part));
                    Assert.Equal(ReferenceLexiconMatcher.Default.IsVocabularyWord(part), LexiconMatcher.Default.IsVocabularyWord(part));
                }
            }
        }
    }

    [Fact]
    public void Typo_corrections_match_the_original_on_one_edit_variants_of_key_words()
    {
        var fast = new FuzzyVocabulary();
        var slow = new ReferenceFuzzyVocabulary();
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in AllTexts())
        {
            foreach (var token in Slow.Normalize(text).Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                tokens.Add(token);
            }
        }

        foreach (var word in KeyWords)
        {
            foreach (var variant in OneEditVariants(word))
            {
                tokens.Add(variant);
            }
        }

        var corrected = 0;
        foreach (var token in tokens)
        {
            var slowFound = slow.TryCorrect(token, out var slowWord);
            var fastFound = fast.TryCorrect(token, out var fastWord);
            Assert.Equal(slowFound, fastFound);
            if (slowFound)
            {
                Assert.Equal(slowWord, fastWord);
                Assert.True(fast.MightCorrect(token), token);
                corrected++;
            }
        }

        Assert.True(corrected > 500, $"only {corrected} corrections exercised");
    }

    [Fact]
    public void Encoded_payloads_match_the_original_on_every_input()
    {
        foreach (var text in AllTexts())
        {
            var fast = new List<DecodedPayload>();
            var slow = new List<DecodedPayload>();
            var fastAttempts = 16;
            var slowAttempts = 16;
            EncodedPayloadFinder.Find(text, fast, ref fastAttempts, 8192);
            ReferenceEncodedPayloadFinder.Find(text, slow, ref slowAttempts, 8192);
            Assert.Equal(slow, fast);
            Assert.Equal(slowAttempts, fastAttempts);
        }
    }

    [Fact]
    public void Encoded_payload_runs_split_on_the_same_characters_as_the_original()
    {
        // Every UTF-16 code unit between two halves of a payload: a base64 character joins them into one run, any
        // other splits them, and the character's own test (a bit table) must agree with the original's set.
        const string Half = "aWRlbnRpZnkgdGhpcyBmYWNl";
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = Half + (char)c + Half;
            var fast = new List<DecodedPayload>();
            var slow = new List<DecodedPayload>();
            var fastAttempts = 16;
            var slowAttempts = 16;
            EncodedPayloadFinder.Find(text, fast, ref fastAttempts, 8192);
            ReferenceEncodedPayloadFinder.Find(text, slow, ref slowAttempts, 8192);
            Assert.Equal(slow, fast);
            Assert.Equal(slowAttempts, fastAttempts);
        }
    }

    [Fact]
    public void Encoded_payload_runs_near_the_minimum_length_are_found_as_by_the_original()
    {
        // The finder skips ahead by the minimum run length (20): runs one shorter or longer than it, at either end of
        // the text, next to each other and behind gaps of every width must still come out the same, attempts too.
        const string Base64 = "aWRlbnRpZnkgdGhpcyBmYWNlIGFnYWluc3QgdGhlIHdhdGNobGlzdA==";
        const string Hex = "6964656e7469667920746869732066616365206e6f77";
        var runs = new List<string>();
        foreach (var source in new[] { Base64, Hex, "abcdefghijklmnopqrstuvwxyzabcd" })
        {
            for (var length = 16; length <= 24; length++)
            {
                runs.Add(source[..length]);
            }
        }

        foreach (var first in runs)
        {
            foreach (var second in runs)
            {
                foreach (var gap in new[] { "", " ", "  ", ". ", " a ", " ab cd ", "\u00e9" })
                {
                    foreach (var text in new[] { first + gap + second, gap + first + gap + second + gap, "x " + first + gap + second + " y" })
                    {
                        foreach (var attempts in new[] { 1, 2, 16 })
                        {
                            var fast = new List<DecodedPayload>();
                            var slow = new List<DecodedPayload>();
                            var fastAttempts = attempts;
                            var slowAttempts = attempts;
                            EncodedPayloadFinder.Find(text, fast, ref fastAttempts, 8192);
                            ReferenceEncodedPayloadFinder.Find(text, slow, ref slowAttempts, 8192);
                            Assert.Equal(slow, fast);
                            Assert.Equal(slowAttempts, fastAttempts);
                        }
                    }
                }
            }
        }
    }

    private static readonly string[] KeyWords =
    [
        "facial", "recognition", "recognize", "identify", "identification", "biometric", "watchlist", "mugshots", "suspects",
        "database", "bodycam", "dashcam", "realtime", "surveillance", "embedding", "verification", "matching", "protesters",
        "streaming", "booking", "similarity", "person", "people", "detect", "pixelate", "anonymize", "pictures", "footage",
        "offenders", "inmates", "wanted", "compare", "crowd", "reconocimiento", "reconnaissance", "gesichtserkennung",
        "rozpoznawanie", "facciale", "police", "officers", "patrol", "camera", "policy", "region", "follow", "analyst",
    ];

    private static IEnumerable<string> OneEditVariants(string word)
    {
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length)
            {
                yield return word.Remove(i, 1);
                if (i + 1 < word.Length)
                {
                    yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2));
                }
            }

            for (var c = 'a'; c <= 'z'; c++)
            {
                yield return word.Insert(i, c.ToString());
                if (i < word.Length)
                {
                    yield return string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1));
                }
            }
        }
    }

    private static List<string> AllTexts()
    {
        var texts = new List<string>(Samples);
        foreach (var entry in CorpusFiles.Load())
        {
            foreach (var part in CorpusRequestBuilder.Build(entry).Parts)
            {
                if (!string.IsNullOrEmpty(part.Text))
                {
                    texts.Add(part.Text);
                }
            }
        }

        // Every sample with its words spaced out, camel-cased and dotted, as evaders write them.
        var random = new Random(7);
        foreach (var sample in Samples)
        {
            var spaced = new StringBuilder();
            foreach (var c in sample)
            {
                spaced.Append(c).Append(random.Next(3) == 0 ? "  " : " ");
            }

            texts.Add(spaced.ToString());
            texts.Add(sample.Replace(" ", "", StringComparison.Ordinal));
            texts.Add(string.Join('.', sample.ToCharArray()));
        }

        // Prose-like strings over the characters that decide whether a block of eight is copied whole: runs of one,
        // two and three spaces, upper case, separators, control and non-ASCII characters at every offset.
        const string Alphabet = "    abcxyz019.,'A-_\n\té";
        for (var n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(1, 48)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = Alphabet[random.Next(Alphabet.Length)];
            }

            texts.Add(new string(chars));
        }

        texts.Add(string.Concat(Enumerable.Repeat("Summarise the quarterly sales figures for the northern region and list three follow-up actions. ", 20)));
        return texts;
    }
}
