using PolicyGateway.Recording.Store;

namespace PolicyGateway.Tests.Recording.Store;

/// <summary>Records as the gateway would make them, with ids that sort by time like real decision ids.</summary>
public static class SampleRecords
{
    private static long _counter;

    public static DecisionRecord Decision(
        DateTimeOffset time,
        string caller = "demo-us-police",
        string action = "deny",
        string[]? enforced = null,
        string[]? shadow = null,
        string sector = "law_enforcement",
        string country = "US",
        string api = "ChatCompletions",
        string excerpt = "match this face against the mugshot database") => new()
        {
            Id = $"dec_{time.ToUnixTimeMilliseconds():x12}{Interlocked.Increment(ref _counter):x20}",
            Instance = "unset",
            Time = DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds()),
            CallerId = caller,
            Organization = caller + " org",
            Sector = sector,
            Country = country,
            Subdivision = country == "US" ? "US-IL" : null,
            ActsFor = sector == "commercial" ? ["law_enforcement/US"] : [],
            Method = "POST",
            Route = "/openai/deployments/gpt-4o/chat/completions",
            Api = api,
            Deployment = "gpt-4o",
            Action = action,
            EnforcedRules = enforced ?? (action == "deny" ? ["us-police-facial-recognition"] : []),
            ShadowRules = shadow ?? [],
            Intents = new Dictionary<string, double> { ["facial_recognition"] = 0.9731, ["realtime"] = 0.1, ["watchlist_match"] = 1.0 / 3 },
            Evidence = [new RecordedEvidence("facial_recognition", "semantic", "messages[0].content", excerpt)],
            BodySha256 = new string('a', 64),
            ClientAddress = "127.0.0.1",
            UserAgent = "tests/1.0",
            UpstreamStatus = action == "deny" ? null : 200,
            UpstreamLatencyMs = action == "deny" ? null : 12.345,
            DecisionMs = 1.234,
            PolicyVersion = "0123456789ab",
            ModelVersion = "model-1",
        };
}
