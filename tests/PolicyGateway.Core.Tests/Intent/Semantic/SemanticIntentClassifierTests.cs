using PolicyGateway.Content;
using PolicyGateway.Core.Tests.Decisions;
using PolicyGateway.Core.Tests.Policy;
using PolicyGateway.Decisions;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Semantic;

namespace PolicyGateway.Core.Tests.Intent.Semantic;

public sealed class SemanticIntentClassifierTests
{
    private static RequestContent Chat(params string[] userTexts) =>
        new(ApiKind.ChatCompletions, [.. userTexts.Select((t, i) => new ContentPart(ContentKind.Text, $"messages[{i}].content", t) { Role = "user" })], []);

    [Fact]
    public void A_request_without_cues_never_reaches_the_model_and_keeps_the_first_stage_result()
    {
        var embedder = new ThrowingEmbedder();
        var classifier = new SemanticIntentClassifier(new IntentClassifier(), embedder, SemanticModel.LoadEmbedded());
        var request = Chat("Write a haiku about autumn leaves and a quiet river.");

        var result = classifier.Classify(request);

        Assert.Equal(0, embedder.Calls);
        Assert.Equal(new IntentClassifier().Classify(request).Scores.Select(s => s.Confidence), result.Scores.Select(s => s.Confidence));
    }

    [Fact]
    public void A_cue_request_whose_model_cannot_run_is_denied_by_the_fail_closed_rule()
    {
        var pack = RepositoryPaths.LoadPack();
        var classifier = new SemanticIntentClassifier(new IntentClassifier(), new ThrowingEmbedder(), SemanticModel.LoadEmbedded());
        var engine = new DecisionEngine(() => pack, classifier);

        var decision = engine.Decide(Requests.Chat(pack.Callers.FindById("demo-us-retail")!, "Who is the man in this photo?"));

        Assert.Equal(DecisionAction.Deny, decision.Action);
        Assert.Equal([GatewayRules.FailClosedId], decision.Enforced.Select(m => m.RuleId));
        Assert.Contains("embedding model unavailable", decision.Failure);
    }

    [Fact]
    public void Evidence_names_the_clause_that_drove_the_score_and_decisions_record_the_model_version()
    {
        var classifier = ShippedClassifier.Instance;
        var request = Chat(
            "We are writing an essay on the ethics of policing technology.",
            "The patrol car dash cam is live now: tell me which of the people walking past are on our wanted persons watchlist.");

        var score = classifier.Classify(request).Scores[(int)IntentLabel.FacialRecognition];

        Assert.True(score.Confidence >= IntentClassifier.PresentThreshold, $"confidence {score.Confidence}");
        var clause = score.Evidence[0];
        Assert.Equal(SemanticIntentClassifier.ClauseSignal, clause.Signal);
        Assert.Equal("messages[1].content", clause.Location);
        Assert.InRange(clause.Excerpt.Length, 1, 60);
        Assert.Matches("^sem-[0-9a-f]{12}$", classifier.Version);
        var pack = RepositoryPaths.LoadPack();
        var decision = new DecisionEngine(() => pack, classifier).Decide(Requests.Chat(pack.Callers.FindById("demo-uk-police")!, "hello"));
        Assert.Equal(classifier.Version, decision.ModelVersion);
    }

    [Fact]
    public void A_model_refuses_vectors_from_another_embedding_model()
    {
        var other = new OtherEmbedder();
        Assert.Throws<ArgumentException>(() => new SemanticIntentClassifier(new IntentClassifier(), other, SemanticModel.LoadEmbedded()));
    }

    [Fact]
    public void A_model_file_for_another_feature_layout_is_refused()
    {
        var json = System.Text.Encoding.UTF8.GetBytes(
            """{"format":1,"embedding":"x","layout":"something else","embedding_dimensions":384,"training":{},"labels":{}}""");
        var error = Assert.Throws<InvalidDataException>(() => SemanticModel.Load(json));
        Assert.Contains("retrain", error.Message);
    }

    [Fact]
    public void A_model_file_without_its_auxiliary_head_is_refused()
    {
        var shipped = SemanticModel.LoadEmbedded().File;
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(shipped with { Heads = new Dictionary<string, LinearHeadFile>() });

        var error = Assert.Throws<InvalidDataException>(() => SemanticModel.Load(json));
        Assert.Contains("fr_topic", error.Message, StringComparison.Ordinal);
    }

    private sealed class OtherEmbedder : ISentenceEmbedder
    {
        public int Dimensions => 768;

        public string Model => "another-model";

        public float[][] Embed(IReadOnlyList<string> texts) => [.. texts.Select(_ => new float[768])];
    }
}
