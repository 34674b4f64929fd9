using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyGateway.Content;
using PolicyGateway.Decisions;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Semantic;
using PolicyGateway.Policy;

namespace PolicyGateway.Cli;

/// <summary>One JSON line per case: id, action, rules, shadow, intents, evidence, and the decision's id and policy version.</summary>
internal static class CheckOutput
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Decided(string id, Decision decision) => Line(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("action", decision.Action == DecisionAction.Deny ? "deny" : "allow");
        Ids(writer, "rules", decision.Enforced);
        Ids(writer, "shadow", decision.Shadow);
        writer.WriteStartObject("intents");
        foreach (var score in decision.Intents.Scores)
        {
            writer.WriteNumber(SnakeCaseNames<IntentLabel>.Name(score.Label), Math.Round(score.Confidence, 3));
        }
        writer.WriteEndObject();
        writer.WriteStartArray("evidence");
        foreach (var score in decision.Intents.Scores)
        {
            foreach (var evidence in score.Evidence)
            {
                writer.WriteStartObject();
                writer.WriteString("label", SnakeCaseNames<IntentLabel>.Name(score.Label));
                writer.WriteString("signal", evidence.Signal);
                writer.WriteString("location", evidence.Location);
                writer.WriteString("excerpt", evidence.Excerpt);
                writer.WriteEndObject();
            }
        }
        writer.WriteEndArray();
        writer.WriteString("api", SnakeCaseNames<ApiKind>.Name(decision.Api));
        if (decision.Location is not null)
        {
            writer.WriteString("location", decision.Location);
        }
        if (decision.Failure is not null)
        {
            writer.WriteString("failure", decision.Failure);
        }
        writer.WriteString("decision_id", decision.Id);
        writer.WriteString("policy_version", decision.PolicyVersion);
        writer.WriteString("model_version", decision.ModelVersion);
        if (DecidingClause(decision) is { } clause)
        {
            writer.WriteStartObject("clause");
            writer.WriteString("location", clause.Location);
            writer.WriteString("excerpt", clause.Excerpt);
            writer.WriteEndObject();
        }
    });

    /// <summary>The clause the learned stage scored highest for facial recognition, the intent every rule hangs on.</summary>
    private static Evidence? DecidingClause(Decision decision) =>
        decision.Intents.Scores[(int)IntentLabel.FacialRecognition].Evidence.FirstOrDefault(e => e.Signal == SemanticIntentClassifier.ClauseSignal);

    /// <summary>The content reader refused the body: the gateway would answer 400 and forward nothing.</summary>
    public static string Rejected(string id, ContentParseException error) => Line(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("action", "reject");
        writer.WriteStartArray("rules");
        writer.WriteEndArray();
        writer.WriteStartArray("shadow");
        writer.WriteEndArray();
        writer.WriteStartObject("intents");
        writer.WriteEndObject();
        writer.WriteStartArray("evidence");
        writer.WriteEndArray();
        writer.WriteNumber("status", 400);
        writer.WriteString("error", error.Message);
        if (error.Param is not null)
        {
            writer.WriteString("param", error.Param);
        }
    });

    private static void Ids(Utf8JsonWriter writer, string name, IReadOnlyList<RuleMatch> matches)
    {
        writer.WriteStartArray(name);
        foreach (var match in matches)
        {
            writer.WriteStringValue(match.RuleId);
        }
        writer.WriteEndArray();
    }

    private static string Line(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
