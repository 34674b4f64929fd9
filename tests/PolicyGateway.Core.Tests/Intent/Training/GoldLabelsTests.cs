using System.Text.Json;
using PolicyGateway.Content;
using PolicyGateway.Core.Tests.Policy;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Training.Corpus;
using PolicyGateway.Intent.Training.Training;
using PolicyGateway.Policy;

namespace PolicyGateway.Core.Tests.Intent.Training;

public sealed class GoldLabelsTests
{
    private static readonly PolicySnapshot Pack = RepositoryPaths.LoadPack();
    private static readonly Callers.CallerRegistry Callers = Pack.Callers;

    [Theory]
    [InlineData("demo-us-retail", "deny", true)]
    [InlineData("demo-us-newsroom", "deny", true)]
    [InlineData("demo-us-retail", "allow", false)]
    [InlineData("demo-us-newsroom", "allow", false)]
    // Police abroad and their vendor: outside rule 2's live case, only "for a US department" can deny.
    [InlineData("demo-uk-police", "deny", true)]
    [InlineData("demo-uk-police", "allow", false)]
    [InlineData("demo-intl-vendor-for-police", "deny", true)]
    [InlineData("demo-intl-vendor-for-police", "allow", false)]
    // US police and their registered vendor: rule 1 denies every identification, whoever it is for: unknown, never taught.
    [InlineData("demo-us-police", "deny", null)]
    [InlineData("demo-us-police", "allow", null)]
    [InlineData("demo-us-vendor-for-police", "deny", null)]
    [InlineData("no-such-caller", "deny", null)]
    public void For_us_police_follows_from_a_caller_not_registered_as_US_police_and_the_writers_decision(string caller, string expect, bool? gold)
    {
        var entry = Entry(facialRecognition: true) with { Caller = caller, Expect = expect };

        Assert.Equal(gold, GoldLabels.Of(entry, IntentLabel.ForUsPolice, Callers));
    }

    // GoldLabels restates rule 1's caller alternatives in code; this keeps the two in step for every registered caller.
    [Fact]
    public void For_us_police_is_unknown_exactly_for_the_callers_rule_one_denies_without_it()
    {
        var facialRecognitionOnly = TestIntents.Of((IntentLabel.FacialRecognition, 1.0));
        Assert.NotEmpty(Callers.Callers);

        foreach (var caller in Callers.Callers)
        {
            var deniedWithoutIt = Pack.Policies.Evaluate(new PolicyInput(caller, ApiKind.ChatCompletions, "gpt-4o", facialRecognitionOnly))
                .Enforced.Any(m => m.RuleId == "us-police-facial-recognition");
            var gold = GoldLabels.Of(Entry(facialRecognition: true) with { Caller = caller.Id, Expect = "deny" }, IntentLabel.ForUsPolice, Callers);

            Assert.True(deniedWithoutIt == (gold is null), $"{caller.Id}: rule 1 denies without for_us_police = {deniedWithoutIt}, gold label = {gold}");
        }
    }

    [Theory]
    [InlineData("demo-us-retail")]
    [InlineData("demo-de-police")]
    public void A_deny_that_also_reads_as_live_mobile_police_work_may_not_involve_the_US_and_stays_unknown(string caller)
    {
        var live = Entry(facialRecognition: true, liveOnPatrol: true) with { Caller = caller };

        Assert.Null(GoldLabels.Of(live with { Expect = "deny" }, IntentLabel.ForUsPolice, Callers));
        Assert.False(GoldLabels.Of(live with { Expect = "allow" }, IntentLabel.ForUsPolice, Callers));
    }

    [Fact]
    public void An_entry_without_a_caller_does_not_know_for_us_police_but_knows_the_written_labels()
    {
        var entry = Entry(facialRecognition: true);

        Assert.Null(GoldLabels.Of(entry, IntentLabel.ForUsPolice, Callers));
        Assert.True(GoldLabels.Of(entry, IntentLabel.FacialRecognition, Callers));
        Assert.False(GoldLabels.Of(entry, IntentLabel.Realtime, Callers));
    }

    private static CorpusEntry Entry(bool facialRecognition, bool liveOnPatrol = false) =>
        new("g-1", "en", "chat",
            new Dictionary<string, bool>
            {
                ["facial_recognition"] = facialRecognition, ["realtime"] = liveOnPatrol, ["mobile_camera"] = liveOnPatrol,
                ["in_the_wild"] = liveOnPatrol, ["watchlist_match"] = false, ["law_enforcement_context"] = true,
            },
            [], JsonDocument.Parse("""{"model":"gpt-4o","messages":[{"role":"user","content":"x"}]}""").RootElement);
}
