using PolicyGateway.Intent.Lexicon;
using PolicyGateway.Intent.Normalization;

namespace PolicyGateway.Core.Tests.Intent;

public sealed class TextNormalizerTests
{
    private static readonly TextNormalizer Normalizer = new(LexiconMatcher.Default, new FuzzyVocabulary());

    [Theory]
    [InlineData("ＦＡＣＩＡＬ　ＲＥＣＯＧＮＩＴＩＯＮ", "facial recognition", (int)Evasion.CompatibilityForms)]
    [InlineData("fa\u200Bcial re\u200Dcog\u2060nition", "facial recognition", (int)Evasion.InvisibleCharacters)]
    [InlineData("f\u0430\u0441i\u0430l", "facial", (int)Evasion.Homoglyphs)]
    [InlineData("\u0440\u0430\u0441\u043F\u043E\u0437\u043D\u0430\u0432\u0430\u043D\u0438\u0435 \u043B\u0438\u0446 with Latin o: \u043B\u0438\u0446o", "\u043B\u0438\u0446\u043E", (int)Evasion.Homoglyphs)]
    [InlineData("f4c3 m4tch", "face match", (int)Evasion.Leetspeak)]
    [InlineData("wh0 1s he", "who is he", (int)Evasion.Leetspeak)]
    [InlineData("кт0 эт0", "кто это", (int)Evasion.Leetspeak)]
    [InlineData("к т 0  н а  ф 0 т 0", "кто на фото", (int)Evasion.Leetspeak)]
    [InlineData("на ф0т0", "на фото", (int)Evasion.Leetspeak)]
    [InlineData("f a c e  m a t c h", "face match", (int)Evasion.SpacedLetters)]
    [InlineData("f.a.c.e", "face", (int)Evasion.SpacedLetters)]
    [InlineData("send a p h o t o", "send a photo", (int)Evasion.SpacedLetters)]
    [InlineData("facial recogntion", "facial recognition", (int)Evasion.Typos)]
    [InlineData("idnetify him", "identify him", (int)Evasion.Typos)]
    [InlineData("searchFaceDatabase(face_embedding)", "search face database(face embedding)", (int)Evasion.None)]
    [InlineData("Reconnaissance FACIALE", "reconnaissance faciale", (int)Evasion.None)]
    public void Undoes_obfuscation(string input, string expected, int evasion)
    {
        var result = Normalizer.Normalize(input);
        Assert.Contains(expected, result.Text, StringComparison.Ordinal);
        Assert.True(result.Evasion.HasFlag((Evasion)evasion), result.Evasion.ToString());
    }

    [Theory]
    [InlineData("image1 and photo2", "image1 and photo2")]
    [InlineData("our data protection policy", "our data protection policy")]
    [InlineData("h264 at 1080p", "h264 at 1080p")]
    [InlineData("модель т1000 и 4к", "модель т1000 и 4к")]
    [InlineData("в7ор", "в7ор")]
    public void Leaves_ordinary_text_alone(string input, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(input).Text);

    [Fact]
    public void A_long_spaced_out_run_is_joined_to_the_end()
    {
        var junk = string.Join(' ', Enumerable.Repeat("x", 200));
        var result = Normalizer.Normalize(junk + "  f a c e  m a t c h");
        Assert.EndsWith("face match", result.Text, StringComparison.Ordinal);
    }
}
