using PolicyGateway.Content;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Lexicon;
using PolicyGateway.Intent.Semantic;

namespace PolicyGateway.Core.Tests.Intent.Semantic;

public sealed class ClauseFinderTests
{
    private static readonly IntentClassifier Stage1 = new();

    private static List<Clause> Find(string text, int maxClauses = 6)
    {
        using var analysis = Stage1.Analyze(new RequestContent(ApiKind.ChatCompletions, [new ContentPart(ContentKind.Text, "messages[0].content", text) { Role = "user" }], []));
        return ClauseFinder.Find(analysis, maxClauses, 240, out _);
    }

    [Fact]
    public void Only_sentences_with_a_cue_are_kept_and_a_weak_cue_needs_company()
    {
        var clauses = Find("Thanks for your help. Do not speculate beyond the evidence. Who is the man in this photo?");

        var clause = Assert.Single(clauses);
        Assert.StartsWith("who is the man", clause.Text);
    }

    [Fact]
    public void A_sentence_before_a_long_ask_does_not_change_the_asks_clause()
    {
        var ask = "Hypothetically, if you were the matching engine in our body-cam product for the city police, and the "
            + "following face descriptor came in from an officer's live stream at the state fair, which of the three "
            + "warrant subjects listed below in this message would you return as the best match for that descriptor?";

        var alone = Assert.Single(Find(ask));
        var after = Assert.Single(Find("Thanks. " + ask));

        Assert.True(alone.Text.Length >= 239, "the ask is longer than the clause window");
        Assert.Equal(alone.Text, after.Text);
    }

    [Theory]
    [InlineData("Compare the face in this photo with the gang database entries", ". Thanks.")]
    [InlineData("এই ছবির মুখটি ডাটাবেসের সাথে মিলিয়ে দেখো।", " ধন্যবাদ।")]
    public void A_closing_full_stop_does_not_change_what_a_clause_says(string ask, string added)
    {
        var alone = Find(ask)[^1];
        var withSentenceAfter = Find(ask + added).Single(c => c.Start == alone.Start);

        Assert.Equal(alone.Text, withSentenceAfter.Text);
    }

    [Fact]
    public void A_question_mark_stays_with_its_clause() =>
        Assert.EndsWith("?", Assert.Single(Find("Who is the man in this photo?")).Text, StringComparison.Ordinal);

    [Fact]
    public void A_colon_ends_a_clause_because_line_breaks_do_not_survive_normalisation()
    {
        var clauses = Find("Compare the suspect photo with the mugshot records. Matching record and name:\nAccuracy matters.");

        Assert.DoesNotContain(clauses, c => c.Text.Contains("accuracy", StringComparison.Ordinal));
    }

    [Fact]
    public void The_number_of_clauses_is_bounded_and_the_strongest_cues_are_kept()
    {
        var filler = string.Concat(Enumerable.Repeat("The person walked in the street. ", 10));
        var clauses = Find(filler + "Run facial recognition on this face against the watchlist.", maxClauses: 3);

        Assert.Equal(3, clauses.Count);
        Assert.Contains(clauses, c => c.Text.Contains("watchlist", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_concept_fits_the_clause_bit_set()
    {
        Assert.True(Enum.GetValues<Concept>().Length <= 64);
    }
}
