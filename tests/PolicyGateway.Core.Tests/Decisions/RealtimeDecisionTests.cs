using PolicyGateway.Core.Tests.Policy;
using PolicyGateway.Decisions;
using PolicyGateway.Intent;
using PolicyGateway.Policy;

namespace PolicyGateway.Core.Tests.Decisions;

public sealed class RealtimeDecisionTests
{
    private const string Path = "/openai/realtime?api-version=2025-04-01-preview&deployment=gpt-4o-realtime";
    private static readonly PolicySnapshot Pack = RepositoryPaths.LoadPack();

    private static byte[] Instructions(string text) => Requests.Event(new { type = "session.update", session = new { instructions = text } });

    private static byte[] UserItem(string text) => Requests.Event(new
    {
        type = "conversation.item.create",
        item = new { type = "message", role = "user", content = new[] { new { type = "input_text", text } } },
    });

    [Fact]
    public void Intent_split_across_events_is_caught()
    {
        var engine = new DecisionEngine(() => Pack, new FakeClassifier());
        var session = new RealtimeSession();
        var caller = Pack.Callers.FindById("demo-fr-police")!;

        var first = engine.DecideRealtimeEvent(caller, Path, Instructions("You watch the LIVE BODYCAM feed of officers on the STREET."), session);
        Assert.Equal(DecisionAction.Allow, first.Action);

        var second = engine.DecideRealtimeEvent(caller, Path, UserItem("Who is this? Match the FACE."), session);
        Assert.Equal(DecisionAction.Deny, second.Action);
        Assert.Equal(["law-enforcement-realtime-mobile-facial-recognition"], second.Enforced.Select(m => m.RuleId));
        Assert.Equal(PolicyGateway.Content.ApiKind.Realtime, second.Api);
    }

    [Fact]
    public void Denied_events_are_not_remembered_and_empty_events_reuse_the_last_intents()
    {
        var classifier = new FakeClassifier();
        var engine = new DecisionEngine(() => Pack, classifier);
        var session = new RealtimeSession();
        var caller = Pack.Callers.FindById("demo-us-police")!;

        Assert.Equal(DecisionAction.Deny, engine.DecideRealtimeEvent(caller, Path, UserItem("identify this FACE"), session).Action);
        Assert.Equal(DecisionAction.Allow, engine.DecideRealtimeEvent(caller, Path, UserItem("summarise the call"), session).Action);
        var seen = classifier.Seen.Count;

        var audio = Requests.Event(new { type = "input_audio_buffer.commit" });
        Assert.Equal(DecisionAction.Allow, engine.DecideRealtimeEvent(caller, Path, audio, session).Action);
        Assert.Equal(seen, classifier.Seen.Count);
        Assert.DoesNotContain(classifier.Seen[^1].Parts, p => p.Text?.Contains("FACE") == true);
    }

    [Fact]
    public void History_is_bounded_but_keeps_the_session_instructions()
    {
        var classifier = new FakeClassifier();
        var engine = new DecisionEngine(() => Pack, classifier, new DecisionEngineOptions { RealtimeHistoryParts = 3 });
        var session = new RealtimeSession();
        var caller = Pack.Callers.FindById("demo-uk-police")!;

        engine.DecideRealtimeEvent(caller, Path, Instructions("standing instructions"), session);
        for (var i = 0; i < 10; i++)
        {
            engine.DecideRealtimeEvent(caller, Path, UserItem($"item {i}"), session);
        }
        var last = classifier.Seen[^1].Parts.Select(p => p.Text).ToList();
        // Three earlier items are kept, then the event being decided.
        Assert.Equal(["standing instructions", "item 6", "item 7", "item 8", "item 9"], last);
    }

    [Fact]
    public void Real_classifier_catches_a_split_request()
    {
        var engine = new DecisionEngine(() => Pack, new IntentClassifier());
        var session = new RealtimeSession();
        var caller = Pack.Callers.FindById("demo-de-police")!;

        var setup = engine.DecideRealtimeEvent(caller, Path,
            Instructions("You receive the live video stream from the body-worn cameras of our officers on patrol in the city centre."), session);
        Assert.Equal(DecisionAction.Allow, setup.Action);

        var ask = engine.DecideRealtimeEvent(caller, Path,
            UserItem("Recognise the faces of the people passing by and tell me if any of them matches our database of wanted suspects."), session);
        Assert.Equal(DecisionAction.Deny, ask.Action);
        Assert.Contains("law-enforcement-realtime-mobile-facial-recognition", ask.Enforced.Select(m => m.RuleId));
    }
}
