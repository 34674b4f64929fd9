using PolicyGateway.Content;
using PolicyGateway.Intent.Training.Corpus;

namespace PolicyGateway.Core.Tests.Intent.Training;

public sealed class NamingPhrasesTests
{
    private static readonly Dictionary<string, string[]> OnePhrase = new(StringComparer.Ordinal)
    {
        ["en"] = ["using facial recognition"],
        ["zh"] = ["用人脸识别"],
    };

    private static RequestContent Chat(string userText) => new(
        ApiKind.ChatCompletions,
        [new ContentPart(ContentKind.Text, "messages[0].content", "You assist a records unit.") { Role = "system" },
         new ContentPart(ContentKind.Text, "messages[1].content", userText) { Role = "user" }],
        []);

    private static string Named(string lang, string userText) =>
        Augmenter.NamingInline("w-1", lang, Chat(userText), OnePhrase)!.Parts[1].Text!;

    [Fact]
    public void Every_corpus_language_has_probe_phrases_that_are_not_the_trainers_sentences()
    {
        Assert.Equal(NamingSentences.Probe.Keys.Order(), NamingPhrases.Probe.Keys.Order());
        foreach (var (lang, phrases) in NamingPhrases.Probe)
        {
            Assert.True(phrases.Length >= 2, lang);
            Assert.DoesNotContain(phrases, p => NamingSentences.Training[lang].Any(s => s.Contains(p, StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData("en", "Who is the man in this still?", "Who is the man in this still, using facial recognition?")]
    [InlineData("en", "Check him against the warrant list", "Check him against the warrant list, using facial recognition.")]
    [InlineData("en", "Context first. Then tell me who he is!", "Context first. Then tell me who he is, using facial recognition!")]
    [InlineData("zh", "他是谁？", "他是谁，用人脸识别？")]
    public void The_phrase_goes_inside_the_last_sentence_before_its_closing_mark(string lang, string text, string expected) =>
        Assert.Equal(expected, Named(lang, text));

    [Fact]
    public void The_phrase_is_chosen_by_the_id_alone()
    {
        var content = Chat("Who is he?");
        var chosen = Enumerable.Range(0, 40).Select(i => Augmenter.NamingInline("w-" + i, "en", content, NamingPhrases.Probe)!.Parts[1].Text).ToList();

        Assert.Equal(chosen, Enumerable.Range(0, 40).Select(i => Augmenter.NamingInline("w-" + i, "en", content, NamingPhrases.Probe)!.Parts[1].Text));
        Assert.Equal(NamingPhrases.Probe["en"].Length, chosen.Distinct().Count());
    }
}
