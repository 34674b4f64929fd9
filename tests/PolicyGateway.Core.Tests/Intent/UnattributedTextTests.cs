using System.Text;
using System.Text.Json;
using PolicyGateway.Content;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Training.Corpus;

namespace PolicyGateway.Core.Tests.Intent;

/// <summary>
/// Text that no reader claims (a case-variant <c>Messages</c>, an unknown top-level field) is read as the caller's own
/// words, so the learned stage scores it exactly as the same words sent as a user message. Read without a role, a
/// blatant live body-cam mugshot match scored 0.09 for facial recognition instead of 0.98 and was forwarded.
/// </summary>
public sealed class UnattributedTextTests
{
    // Every 4th qualifying request: a few hundred asks in many languages, classified three ways each.
    private const int Stride = 4;

    [Fact]
    public void An_ask_in_a_field_no_reader_claims_scores_as_the_same_ask_sent_as_a_message()
    {
        var asks = CorpusFiles.Load()
            .Where(e => e.Expect == "deny" && e.Api == "chat")
            .Select(CorpusRequestBuilder.Build)
            .Where(c => c.Parts.Count == 1 && c.Parts[0] is { Kind: ContentKind.Text, Role: "user" })
            .Select(c => c.Parts[0].Text!)
            .Where((_, i) => i % Stride == 0)
            .ToList();
        Assert.True(asks.Count >= 200, $"only {asks.Count} single-message asks sampled");

        var differences = new List<string>();
        Parallel.ForEach(asks, ask =>
        {
            var asMessage = Classify(new Dictionary<string, object> { ["model"] = "gpt-4o", ["messages"] = new[] { new { role = "user", content = ask } } });
            var variants = new Dictionary<string, IntentResult>
            {
                ["Messages"] = Classify(new Dictionary<string, object> { ["model"] = "gpt-4o", ["Messages"] = new[] { new { role = "user", content = ask } } }),
                ["x_context"] = Classify(new Dictionary<string, object> { ["model"] = "gpt-4o", ["x_context"] = ask }),
            };
            foreach (var (field, result) in variants)
            {
                foreach (var label in Enum.GetValues<IntentLabel>())
                {
                    if (Math.Abs(result[label] - asMessage[label]) > 1e-6)
                    {
                        lock (differences)
                        {
                            differences.Add($"{field} {label}: {result[label]:0.000} vs {asMessage[label]:0.000} for \"{ask[..Math.Min(80, ask.Length)]}\"");
                        }
                    }
                }
            }
        });

        Assert.True(differences.Count == 0, $"{differences.Count} differences, e.g.{Environment.NewLine}{string.Join(Environment.NewLine, differences.Take(10))}");
    }

    private static IntentResult Classify(Dictionary<string, object> body) =>
        ShippedClassifier.Instance.Classify(ContentReader.Read(ApiKind.ChatCompletions, "application/json", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body))));
}
