using PolicyGateway.Content;
using PolicyGateway.Decisions;
using PolicyGateway.Intent;
using PolicyGateway.Policy;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Recording;

/// <summary>Turns a decision and its request's facts into the record that is stored: no prompt, no key, excerpts cut to 60 characters.</summary>
public static class DecisionRecordFactory
{
    public static DecisionRecord Create(Decision decision, RequestFacts facts, string instance)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(facts);
        var caller = facts.Caller;
        return new DecisionRecord
        {
            Id = decision.Id,
            Instance = instance,
            // Milliseconds: what both stores keep exactly, so the hash computed now matches the one verified later.
            Time = DateTimeOffset.FromUnixTimeMilliseconds(decision.Timestamp.ToUnixTimeMilliseconds()),
            CallerId = caller.Id,
            Organization = caller.Organization,
            Sector = SnakeCaseNames<Callers.Sector>.Name(caller.Sector),
            Country = caller.Country,
            Subdivision = caller.Subdivision,
            ActsFor = caller.ActsFor.Select(a => $"{SnakeCaseNames<Callers.Sector>.Name(a.Sector)}/{a.Country}").ToArray(),
            Method = decision.Method,
            Route = decision.Path,
            Api = decision.Api.ToString(),
            Deployment = ApiRoutes.Classify(decision.Method, decision.Path).Deployment,
            Action = decision.Action == DecisionAction.Deny ? "deny" : "allow",
            EnforcedRules = decision.Enforced.Select(r => r.RuleId).ToArray(),
            ShadowRules = decision.Shadow.Select(r => r.RuleId).ToArray(),
            Intents = Intents(decision.Intents.Scores),
            Evidence = Evidence(decision.Intents.Scores),
            BodySha256 = facts.BodySha256,
            ClientAddress = facts.ClientAddress,
            UserAgent = facts.UserAgent,
            UpstreamStatus = facts.UpstreamStatus,
            UpstreamLatencyMs = facts.UpstreamLatencyMs is { } latency ? Math.Round(latency, 3) : null,
            DecisionMs = Math.Round(decision.Elapsed.TotalMilliseconds, 3),
            PolicyVersion = decision.PolicyVersion,
            ModelVersion = decision.ModelVersion,
            SessionId = facts.SessionId,
            Failure = decision.Failure,
            Location = decision.Location,
            CapturedBody = facts.CapturedBody,
        };
    }

    // Every recorded call builds these two; plain loops, sized up front, instead of LINQ's enumerators and closures.
    private static Dictionary<string, double> Intents(IReadOnlyList<IntentScore> scores)
    {
        var intents = new Dictionary<string, double>(scores.Count);
        foreach (var score in scores)
        {
            intents.Add(SnakeCaseNames<IntentLabel>.Name(score.Label), Math.Round(score.Confidence, 4));
        }
        return intents;
    }

    /// <summary>Each label's evidence in label order; most allowed calls have none.</summary>
    private static RecordedEvidence[] Evidence(IReadOnlyList<IntentScore> scores)
    {
        var count = 0;
        foreach (var score in scores)
        {
            count += score.Evidence.Count;
        }
        if (count == 0)
        {
            return [];
        }
        var evidence = new RecordedEvidence[count];
        var next = 0;
        foreach (var score in scores)
        {
            var label = SnakeCaseNames<IntentLabel>.Name(score.Label);
            foreach (var e in score.Evidence)
            {
                evidence[next++] = new RecordedEvidence(label, e.Signal, e.Location, Excerpt(e.Excerpt));
            }
        }
        return evidence;
    }

    /// <summary>Excerpts are already redacted by the classifier; the store never keeps more than 60 characters of one.</summary>
    private static string Excerpt(string excerpt) =>
        excerpt.Length <= RecordedEvidence.MaxExcerptChars ? excerpt : string.Concat(excerpt.AsSpan(0, RecordedEvidence.MaxExcerptChars - 1), "…");
}
