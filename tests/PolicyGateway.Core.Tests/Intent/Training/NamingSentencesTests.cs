using PolicyGateway.Content;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Semantic;
using PolicyGateway.Intent.Training.Corpus;

namespace PolicyGateway.Core.Tests.Intent.Training;

public sealed class NamingSentencesTests
{
    private static readonly IntentClassifier Stage1 = new();

    private static readonly string[] CorpusLanguages =
        ["en", "fr", "de", "es", "ko", "zh", "ja", "ar", "pt", "ru", "pl", "it", "nl", "hi", "el", "he", "id", "th", "vi", "tr", "ro", "bn", "sw", "uk", "fa"];

    private static RequestContent Chat(params string[] userTexts) => new(
        ApiKind.ChatCompletions,
        [new ContentPart(ContentKind.Text, "messages[0].content", "You assist a records unit.") { Role = "system" },
         .. userTexts.Select((t, i) => new ContentPart(ContentKind.Text, $"messages[{i + 1}].content", t) { Role = "user" })],
        []);

    [Fact]
    public void Every_corpus_language_has_training_sentences_and_other_wording_for_the_probe()
    {
        foreach (var lang in CorpusLanguages)
        {
            Assert.True(NamingSentences.Training[lang].Length >= 3, lang);
            Assert.True(NamingSentences.Probe[lang].Length >= 2, lang);
            Assert.Empty(NamingSentences.Training[lang].Intersect(NamingSentences.Probe[lang]));
        }

        Assert.Equal(NamingSentences.Training["en"], NamingSentences.For(NamingSentences.Training, "mixed"));
    }

    [Fact]
    public void Every_sentence_is_a_cue_clause_so_the_learned_stage_reads_it()
    {
        // A sentence without a cue never reaches the model: as a training variant it would teach nothing.
        var silent = NamingSentences.Training.Concat(NamingSentences.Probe)
            .SelectMany(set => set.Value.Select(sentence => (set.Key, sentence)))
            .Where(s =>
            {
                using var analysis = Stage1.Analyze(Chat(s.sentence));
                return ClauseFinder.Find(analysis, 6, 240, out _).Count == 0;
            })
            .ToList();

        Assert.Empty(silent);
    }

    [Fact]
    public void The_sentence_goes_before_or_after_the_newest_user_text_chosen_by_the_id_alone()
    {
        var content = Chat("Earlier question.", "Who is the man in this still");
        var positions = new HashSet<bool>();
        for (var i = 0; i < 40; i++)
        {
            var id = "w-" + i;
            var named = Augmenter.Naming(id, "en", content, NamingSentences.Training)!;
            Assert.Equal(named.Parts[2].Text, Augmenter.Naming(id, "en", content, NamingSentences.Training)!.Parts[2].Text);
            Assert.Equal(content.Parts[1], named.Parts[1]);
            var text = named.Parts[2].Text!;
            var sentence = Assert.Single(NamingSentences.Training["en"], s => text.Contains(s, StringComparison.Ordinal));
            var before = text.StartsWith(sentence, StringComparison.Ordinal);
            positions.Add(before);
            // After the ask, the ask is closed first so that the two stay separate clauses.
            Assert.Equal(before ? sentence + " Who is the man in this still" : "Who is the man in this still. " + sentence, text);
        }

        Assert.Equal(2, positions.Count);
    }

    [Fact]
    public void A_request_without_user_text_has_no_variant()
    {
        var systemOnly = new RequestContent(ApiKind.ChatCompletions, [new ContentPart(ContentKind.Text, "messages[0].content", "Sys.") { Role = "system" }], []);

        Assert.Null(Augmenter.Naming("w-1", "en", systemOnly, NamingSentences.Training));
    }
}
