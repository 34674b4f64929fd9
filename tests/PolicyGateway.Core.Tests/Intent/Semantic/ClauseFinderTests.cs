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
        Assert.True(Enum.GetValues<Concept>().Length <= 32);
    }
}
