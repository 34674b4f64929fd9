using System.Text.Json;
using PolicyGateway.Core.Tests.Policy;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Training.Corpus;
using PolicyGateway.Intent.Training.Training;

namespace PolicyGateway.Core.Tests.Intent.Training;

public sealed class GoldLabelsTests
{
    private static readonly Callers.CallerRegistry Callers = RepositoryPaths.LoadPack().Callers;

    [Theory]
    [InlineData("demo-us-retail", "deny", true)]
    [InlineData("demo-us-newsroom", "deny", true)]
    [InlineData("demo-us-retail", "allow", false)]
    [InlineData("demo-us-newsroom", "allow", false)]
    // For police callers and their registered vendors the registration says whom the work is for: unknown, never taught.
    [InlineData("demo-us-police", "deny", null)]
    [InlineData("demo-uk-police", "allow", null)]
    [InlineData("demo-us-vendor-for-police", "deny", null)]
    [InlineData("demo-intl-vendor-for-police", "allow", null)]
    [InlineData("no-such-caller", "deny", null)]
    public void For_us_police_follows_from_a_caller_outside_law_enforcement_and_the_writers_decision(string caller, string expect, bool? gold)
    {
        var entry = Entry(facialRecognition: true) with { Caller = caller, Expect = expect };

        Assert.Equal(gold, GoldLabels.Of(entry, IntentLabel.ForUsPolice, Callers));
    }

    [Fact]
    public void An_entry_without_a_caller_does_not_know_for_us_police_but_knows_the_written_labels()
    {
        var entry = Entry(facialRecognition: true);

        Assert.Null(GoldLabels.Of(entry, IntentLabel.ForUsPolice, Callers));
        Assert.True(GoldLabels.Of(entry, IntentLabel.FacialRecognition, Callers));
        Assert.False(GoldLabels.Of(entry, IntentLabel.Realtime, Callers));
    }

    private static CorpusEntry Entry(bool facialRecognition) =>
        new("g-1", "en", "chat",
            new Dictionary<string, bool>
            {
                ["facial_recognition"] = facialRecognition, ["realtime"] = false, ["mobile_camera"] = false,
                ["in_the_wild"] = false, ["watchlist_match"] = false, ["law_enforcement_context"] = true,
            },
            [], JsonDocument.Parse("""{"model":"gpt-4o","messages":[{"role":"user","content":"x"}]}""").RootElement);
}
