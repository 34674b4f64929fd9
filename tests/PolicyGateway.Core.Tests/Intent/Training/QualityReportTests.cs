using System.Text.Json;
using PolicyGateway.Content;
using PolicyGateway.Core.Tests.Policy;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Training.Corpus;
using PolicyGateway.Intent.Training.Training;
using PolicyGateway.Policy;

namespace PolicyGateway.Core.Tests.Intent.Training;

public sealed class QualityReportTests
{
    [Fact]
    public void Identification_said_to_be_for_a_US_police_department_is_reached_through_for_us_police()
    {
        CorpusEntry[] entries =
        [
            Entry("us-police-who", "demo-us-police", "deny", "facial_recognition", "law_enforcement_context"),
            // The writers deny these because the text says the work is for a US police department; neither caller is
            // registered as US police or acting for it, so only the learned for_us_police reaches them.
            Entry("retail-for-pd", "demo-us-retail", "deny", "facial_recognition", "law_enforcement_context"),
            Entry("uk-for-us-pd", "demo-uk-police", "deny", "facial_recognition", "law_enforcement_context"),
            // A writer's deny that its own labels do not support (no facial recognition asked): no classifier reaches it.
            Entry("us-police-deny-no-ask", "demo-us-police", "deny", "law_enforcement_context"),
            Entry("uk-custody-check", "demo-uk-police", "allow", "facial_recognition", "watchlist_match", "law_enforcement_context"),
            Entry("bodycam-audio", "demo-us-police", "allow", "mobile_camera", "law_enforcement_context"),
        ];

        var pack = RepositoryPaths.LoadPack();
        var report = QualityReport.Measure("blind", new LabelsAsIntent(entries, pack), entries, pack, keepMisses: false);

        Assert.Equal((3, 4), (report.Decisions.TruePositives, report.Decisions.Positives));
        Assert.Equal((3, 3), (report.ReachableDecisions.TruePositives, report.ReachableDecisions.Positives));
        Assert.Equal((0, 2), (report.ReachableDecisions.FalsePositives, report.ReachableDecisions.Negatives));
        Assert.Contains("prohibited denied 3/3 = 1.000; legitimate denied 0/2 = 0.000 (unreachable: 1 deny, 0 allow)", report.ToText(), StringComparison.Ordinal);
        // What denies each reachable prohibited entry on its labels, by the pack's own rules: the registration or the text.
        Assert.Equal(1, report.ProhibitedByRule["us-police-facial-recognition"].Positives);
        Assert.Equal((2, 2), (report.ProhibitedByRule["us-police-facial-recognition (for_us_police from the text)"].TruePositives,
            report.ProhibitedByRule["us-police-facial-recognition (for_us_police from the text)"].Positives));
        Assert.Contains("denied on the writer's labels by us-police-facial-recognition (for_us_police from the text): denied 2/2 = 1.000", report.ToText(), StringComparison.Ordinal);
        // for_us_police is scored only where it is known: the retailer's and the UK police's entries, not US police's.
        Assert.Equal((2, 1), (report.Labels[IntentLabel.ForUsPolice].Positives, report.Labels[IntentLabel.ForUsPolice].Negatives));
    }

    [Fact]
    public void A_classifier_miss_on_a_reachable_deny_still_counts()
    {
        CorpusEntry[] entries = [Entry("us-police-who", "demo-us-police", "deny", "facial_recognition")];

        var report = QualityReport.Measure("blind", new NothingFound(), entries, RepositoryPaths.LoadPack(), keepMisses: false);

        Assert.Equal((0, 1), (report.ReachableDecisions.TruePositives, report.ReachableDecisions.Positives));
    }

    [Fact]
    public void Each_shadow_rule_shows_what_enforcing_it_would_add()
    {
        CorpusEntry[] entries =
        [
            Entry("retail-for-pd", "demo-us-retail", "deny", "facial_recognition", "law_enforcement_context"),
            // A retailer checking a shoplifter against a list the police shared: police context, its own work.
            Entry("retail-police-list", "demo-us-retail", "allow", "facial_recognition", "watchlist_match", "law_enforcement_context"),
            Entry("family-album", "demo-us-newsroom", "allow", "facial_recognition"),
        ];

        var pack = RepositoryPaths.LoadPack();
        var report = QualityReport.Measure("blind", new LabelsAsIntent(entries, pack), entries, pack, keepMisses: false);

        Assert.Equal((1, 1), (report.Decisions.TruePositives, report.Decisions.Positives));
        Assert.Equal((0, 2), (report.Decisions.FalsePositives, report.Decisions.Negatives));
        var police = report.IfShadowEnforced["unregistered-caller-police-context-facial-recognition"];
        Assert.Equal((1, 1, 1, 2), (police.TruePositives, police.Positives, police.FalsePositives, police.Negatives));
        var anyCaller = report.IfShadowEnforced["facial-identification-any-caller"];
        Assert.Equal((1, 2), (anyCaller.TruePositives, anyCaller.FalsePositives));
        Assert.Contains("with shadow rule unregistered-caller-police-context-facial-recognition enforced too: prohibited denied 1/1 = 1.000; legitimate denied 1/2 = 0.500",
            report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Short_text_only_requests_are_counted_apart_for_facial_recognition()
    {
        CorpusEntry[] entries =
        [
            Entry("short-ask", "demo-us-police", "deny", "facial_recognition"),
            Entry("short-talk", "demo-us-police", "allow"),
            Entry("long-ask-" + new string('x', QualityReport.ShortTextChars), "demo-us-police", "deny", "facial_recognition"),
            Entry("short-ask-with-picture", "demo-us-police", "deny", "facial_recognition") with
            {
                Images = [new CorpusImage("", "", "")],
                Body = JsonDocument.Parse("""{"model":"gpt-4o","messages":[{"role":"user","content":[{"type":"text","text":"Who?"},{"type":"image_url","image_url":{"url":"data:image/jpeg;base64,{{IMAGE:0}}"}}]}]}""").RootElement,
            },
        ];

        var report = QualityReport.Measure("blind", new NothingFound(), entries, RepositoryPaths.LoadPack(), keepMisses: false);

        Assert.Equal((0, 1, 0, 1), (report.ShortTextOnly.TruePositives, report.ShortTextOnly.Positives, report.ShortTextOnly.FalsePositives, report.ShortTextOnly.Negatives));
        Assert.Contains("facial_recognition on short text-only requests (no picture, at most 300 characters): recall 0/1 = 0.000; FP rate 0/1 = 0.000",
            report.ToText(), StringComparison.Ordinal);
    }

    // Writers label the six written intents; for_us_police is derived (GoldLabels).
    private static CorpusEntry Entry(string id, string caller, string expect, params string[] trueLabels) =>
        new(id, "en", "chat", Enum.GetValues<IntentLabel>().Where(l => l != IntentLabel.ForUsPolice).Select(SnakeCaseNames<IntentLabel>.Name).ToDictionary(l => l, trueLabels.Contains), [],
            JsonDocument.Parse($$"""{"model":"gpt-4o","messages":[{"role":"user","content":"{{id}}"}]}""").RootElement)
        {
            Caller = caller,
            Expect = expect,
        };

    /// <summary>A perfect classifier: each entry's text is its id, and it answers with that entry's gold labels.</summary>
    private sealed class LabelsAsIntent(IReadOnlyList<CorpusEntry> entries, PolicySnapshot pack) : IIntentClassifier
    {
        public string Version => "labels";

        public IntentResult Classify(RequestContent content)
        {
            ArgumentNullException.ThrowIfNull(content);
            var entry = entries.Single(e => content.Parts.Any(p => p.Text == e.Id));
            return new IntentResult(Enum.GetValues<IntentLabel>().Select(l => new IntentScore(l, GoldLabels.Of(entry, l, pack.Callers) == true ? 1 : 0, [])));
        }
    }

    private sealed class NothingFound : IIntentClassifier
    {
        public string Version => "none";

        public IntentResult Classify(RequestContent content) => IntentResult.None;
    }
}
