using PolicyGateway.Content;
using PolicyGateway.Intent;

namespace PolicyGateway.Core.Tests.Decisions;

/// <summary>A classifier double: scores labels by keywords so engine tests control intents exactly, and records what it was given.</summary>
internal sealed class FakeClassifier(Func<RequestContent, IntentResult>? classify = null) : IIntentClassifier
{
    public List<RequestContent> Seen { get; } = [];

    public string Version => "fake";

    public IntentResult Classify(RequestContent content)
    {
        lock (Seen)
        {
            Seen.Add(content);
        }
        return classify is null ? ByKeyword(content) : classify(content);
    }

    /// <summary>"FACE" → facial_recognition, "LIVE" → realtime, "BODYCAM" → mobile_camera, "STREET" → in_the_wild, "POLICE" → law_enforcement_context.</summary>
    private static IntentResult ByKeyword(RequestContent content)
    {
        var text = string.Join(" ", content.Parts.Select(p => p.Text));
        var labels = new (string Word, IntentLabel Label)[]
        {
            ("FACE", IntentLabel.FacialRecognition),
            ("LIVE", IntentLabel.Realtime),
            ("BODYCAM", IntentLabel.MobileCamera),
            ("STREET", IntentLabel.InTheWild),
            ("POLICE", IntentLabel.LawEnforcementContext),
        };
        return new IntentResult(labels
            .Where(l => text.Contains(l.Word, StringComparison.Ordinal))
            .Select(l => new IntentScore(l.Label, 0.9, [new Evidence("fake." + l.Word, content.Parts.First(p => p.Text?.Contains(l.Word) == true).Location, l.Word)])));
    }
}
