using Microsoft.Extensions.Time.Testing;
using PolicyGateway.Content;
using PolicyGateway.Core.Tests.Policy;
using PolicyGateway.Decisions;
using PolicyGateway.Intent;
using PolicyGateway.Policy;

namespace PolicyGateway.Core.Tests.Decisions;

public sealed class DecisionEngineTests
{
    private static readonly PolicySnapshot Pack = RepositoryPaths.LoadPack();

    private static DecisionEngine Engine(IIntentClassifier? classifier = null, DecisionEngineOptions? options = null) =>
        new(() => Pack, classifier ?? new FakeClassifier(), options);

    private static Callers.Caller Caller(string id) => Pack.Callers.FindById(id)!;

    [Fact]
    public void Denies_with_the_rule_its_source_and_the_policy_version()
    {
        var decision = Engine().Decide(Requests.Chat(Caller("demo-us-police"), "match this FACE"));

        Assert.Equal(DecisionAction.Deny, decision.Action);
        Assert.Equal(["us-police-facial-recognition"], decision.Enforced.Select(m => m.RuleId));
        Assert.Equal(["facial-identification-any-caller"], decision.Shadow.Select(m => m.RuleId));
        Assert.Equal(2, decision.Matched.Count);
        Assert.Equal(Pack.Version, decision.PolicyVersion);
        Assert.Equal("demo-us-police", decision.CallerId);
        Assert.Equal(ApiKind.ChatCompletions, decision.Api);
        Assert.Matches("^dec_[0-9a-f]{32}$", decision.Id);
        Assert.Null(decision.Failure);
        Assert.Equal(0.9, decision.Intents[IntentLabel.FacialRecognition]);
        Assert.StartsWith("Microsoft Enterprise AI Services Code of Conduct", decision.Enforced[0].SourceDocument);
    }

    [Fact]
    public void Allows_what_no_enforced_rule_denies()
    {
        var decision = Engine().Decide(Requests.Chat(Caller("demo-uk-police"), "match this FACE"));
        Assert.Equal(DecisionAction.Allow, decision.Action);
        Assert.Empty(decision.Enforced);
        Assert.Equal(["facial-identification-any-caller"], decision.Shadow.Select(m => m.RuleId));
    }

    [Fact]
    public void Decision_ids_are_unique_and_sort_by_time()
    {
        var engine = Engine();
        var ids = Enumerable.Range(0, 200).Select(_ => engine.Decide(Requests.Chat(Caller("demo-us-retail"), "hello")).Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unreadable_content_propagates_for_the_host_to_answer_400()
    {
        var request = Requests.Chat(Caller("demo-us-police"), "x") with { Body = "{\"messages\": ["u8.ToArray() };
        Assert.Throws<ContentParseException>(() => Engine().Decide(request));
    }

    [Fact]
    public void A_classifier_that_throws_fails_closed()
    {
        var engine = Engine(new FakeClassifier(_ => throw new InvalidOperationException("lexicon missing")));
        var decision = engine.Decide(Requests.Chat(Caller("demo-us-retail"), "hello"));

        Assert.Equal(DecisionAction.Deny, decision.Action);
        Assert.Equal([GatewayRules.FailClosedId], decision.Enforced.Select(m => m.RuleId));
        Assert.Contains("lexicon missing", decision.Failure);
        Assert.Equal(Pack.Version, decision.PolicyVersion);
    }

    [Fact]
    public void A_classifier_past_the_budget_fails_closed()
    {
        var time = new FakeTimeProvider();
        var slow = new FakeClassifier(_ =>
        {
            time.Advance(TimeSpan.FromMilliseconds(120));
            return IntentResult.None;
        });
        var decision = new DecisionEngine(() => Pack, slow, new DecisionEngineOptions { Budget = TimeSpan.FromMilliseconds(20) }, time)
            .Decide(Requests.Chat(Caller("demo-us-retail"), "hello"));

        Assert.Equal(DecisionAction.Deny, decision.Action);
        Assert.Equal([GatewayRules.FailClosedId], decision.Enforced.Select(m => m.RuleId));
        Assert.Contains("over the budget of 20 ms", decision.Failure);
    }

    [Fact]
    public void Fail_open_applies_only_to_the_configured_apis()
    {
        var broken = new FakeClassifier(_ => throw new InvalidOperationException("boom"));
        var engine = Engine(broken, new DecisionEngineOptions { FailOpenApis = new HashSet<ApiKind> { ApiKind.Embeddings } });

        var embeddings = engine.Decide(new DecisionRequest(Caller("demo-us-retail"), "POST",
            "/openai/deployments/ada/embeddings?api-version=2024-10-21", "application/json", """{"input":"hello"}"""u8.ToArray()));
        Assert.Equal(DecisionAction.Allow, embeddings.Action);
        Assert.NotNull(embeddings.Failure);
        Assert.Empty(embeddings.Enforced);
        Assert.Equal([GatewayRules.FailOpenId], embeddings.Matched.Select(m => m.RuleId));

        var chat = engine.Decide(Requests.Chat(Caller("demo-us-retail"), "hello"));
        Assert.Equal(DecisionAction.Deny, chat.Action);
    }

    [Fact]
    public void Each_batch_line_is_classified_alone_and_the_denying_line_is_named()
    {
        var classifier = new FakeClassifier();
        var decision = Engine(classifier).Decide(Requests.Batch(Caller("demo-us-vendor-for-police"),
            "Summarise the shift log",
            "POLICE report draft",
            "Who is this FACE?"));

        Assert.Equal(DecisionAction.Deny, decision.Action);
        Assert.Equal(["us-police-facial-recognition"], decision.Enforced.Select(m => m.RuleId));
        Assert.Equal("file:batch.jsonl#line 3 custom_id=task-2", decision.Location);
        Assert.Contains(decision.Intents.Scores.Single(s => s.Label == IntentLabel.FacialRecognition).Evidence,
            e => e.Location.StartsWith("file:batch.jsonl#line 3", StringComparison.Ordinal));
        // The upload itself and each of the three lines, separately.
        Assert.Equal(4, classifier.Seen.Count);
    }

    [Fact]
    public void Words_spread_over_batch_lines_do_not_combine()
    {
        // Line 1 shows a police context, line 2 asks for faces: a US commercial caller is denied only if one line shows both.
        var decision = Engine().Decide(Requests.Batch(Caller("demo-us-retail"), "POLICE shift report", "Who is this FACE?"));
        Assert.Equal(DecisionAction.Allow, decision.Action);
        Assert.Equal(["facial-identification-any-caller"], decision.Shadow.Select(m => m.RuleId));
        Assert.Equal("file:batch.jsonl#line 2 custom_id=task-1", decision.Location);
    }

    [Fact]
    public void Routes_that_carry_no_content_are_decided_on_the_caller_alone()
    {
        var decision = Engine().Decide(new DecisionRequest(Caller("demo-us-police"), "GET", "/openai/models?api-version=2024-10-21", null, default));
        Assert.Equal(DecisionAction.Allow, decision.Action);
        Assert.Equal(ApiKind.Models, decision.Api);
    }

    [Fact]
    public void Each_decision_reads_the_snapshot_in_force()
    {
        var current = Pack;
        var engine = new DecisionEngine(() => current, new FakeClassifier());
        Assert.Equal(Pack.Version, engine.Decide(Requests.Chat(Caller("demo-us-retail"), "hi")).PolicyVersion);
        current = Pack with { Version = "0123456789ab" };
        Assert.Equal("0123456789ab", engine.Decide(Requests.Chat(Caller("demo-us-retail"), "hi")).PolicyVersion);
    }

    [Fact]
    public void Invalid_options_are_refused()
    {
        Assert.Throws<FluentValidation.ValidationException>(() => Engine(options: new DecisionEngineOptions { Budget = TimeSpan.Zero }));
    }
}
