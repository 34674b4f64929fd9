using PolicyGateway.Decisions;
using PolicyGateway.Intent;
using PolicyGateway.Policy;

namespace PolicyGateway.Cli;

/// <summary>Human-readable lines explaining a decision, for test failures.</summary>
internal static class EvidenceText
{
    public static IEnumerable<string> Describe(Decision decision, PolicySnapshot snapshot)
    {
        var where = decision.Location is null ? "" : $", decided by {decision.Location}";
        yield return $"decision {decision.Id} (policy {decision.PolicyVersion}, model {decision.ModelVersion}, {SnakeCaseNames<Content.ApiKind>.Name(decision.Api)}{where})";
        foreach (var match in decision.Matched)
        {
            // Point at the rule's source so a surprising match can be read where it is written.
            var at = snapshot.Policies.Find(match.RuleId)?.Location.ToString() ?? "built into the gateway";
            yield return $"matched {match.RuleId} ({match.Effect}, {match.Mode}) at {at}";
        }
        var scored = decision.Intents.Scores.Where(s => s.Confidence > 0).ToList();
        yield return "intents: " + (scored.Count == 0 ? "none" : string.Join(", ", scored.Select(s => $"{Label(s.Label)} {s.Confidence:0.00}")));
        foreach (var score in scored)
        {
            foreach (var evidence in score.Evidence)
            {
                yield return $"  {Label(score.Label)}: {evidence.Signal} at {evidence.Location}: \"{evidence.Excerpt}\"";
            }
        }
    }

    private static string Label(IntentLabel label) => SnakeCaseNames<IntentLabel>.Name(label);
}
