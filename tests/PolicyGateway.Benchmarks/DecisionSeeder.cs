using PolicyGateway.Recording.Store;

namespace PolicyGateway.Benchmarks;

/// <summary>
/// Fills a store with a realistic spread of chained decisions over the last 30 days: mostly allows, about one in ten
/// denied and one in twenty would-deny, eight callers, evidence excerpts of the shapes the classifier records.
/// </summary>
public static class DecisionSeeder
{
    private static readonly (string Id, string Sector, string Country)[] Callers =
    [
        ("demo-us-police", "law_enforcement", "US"), ("demo-uk-police", "law_enforcement", "GB"), ("demo-de-police", "law_enforcement", "DE"),
        ("demo-fr-police", "law_enforcement", "FR"), ("demo-us-vendor-for-police", "commercial", "US"), ("demo-intl-vendor-for-police", "commercial", "NL"),
        ("demo-us-retail", "commercial", "US"), ("demo-us-newsroom", "media", "US"),
    ];

    private static readonly string[] Apis = ["ChatCompletions", "Responses", "Completions", "Embeddings", "Batch"];

    private static readonly string[] Excerpts =
    [
        "match this face against the mugshot database", "identify the man in this body-camera still", "compare the suspect to our watchlist",
        "live feed from the patrol car dash camera", "who is the person in this photo", "summarise the body-camera audio into a report",
        "blur every face before release", "plan a team offsite", "write a haiku about autumn", "translate this press release",
    ];

    public static async Task SeedAsync(IDecisionStore store, int count, DateTimeOffset now, string instance = "seed")
    {
        ArgumentNullException.ThrowIfNull(store);
        await store.MigrateAsync(CancellationToken.None);
        var random = new Random(20261129);
        var span = TimeSpan.FromDays(30).TotalMilliseconds;
        var times = Enumerable.Range(0, count).Select(_ => now.ToUnixTimeMilliseconds() - (long)(random.NextDouble() * span)).Order().ToArray();
        var head = ChainHead.Genesis;
        var batch = new List<DecisionRecord>(1000);
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            var action = roll < 0.10 ? "deny" : "allow";
            var shadow = roll is >= 0.10 and < 0.15;
            var caller = action == "deny" ? Callers[random.Next(0, 2) == 0 ? 0 : 4] : Callers[random.Next(Callers.Length)];
            string[] enforced = action == "deny"
                ? [random.Next(10) == 0 ? "law-enforcement-realtime-mobile-facial-recognition" : "us-police-facial-recognition"]
                : [];
            var excerpt = action == "deny" || shadow ? Excerpts[random.Next(0, 5)] : Excerpts[random.Next(5, Excerpts.Length)];
            var record = new DecisionRecord
            {
                Id = $"dec_{times[i]:x12}{(ulong)random.NextInt64():x16}{i:x4}"[..36],
                Instance = instance,
                Seq = head.Seq + 1,
                Time = DateTimeOffset.FromUnixTimeMilliseconds(times[i]),
                CallerId = caller.Id,
                Organization = caller.Id + " org",
                Sector = caller.Sector,
                Country = caller.Country,
                ActsFor = caller.Sector == "commercial" && caller.Id.Contains("police", StringComparison.Ordinal) ? ["law_enforcement/US"] : [],
                Method = "POST",
                Route = "/openai/v1/chat/completions",
                Api = Apis[random.Next(Apis.Length)],
                Deployment = "gpt-4o",
                Action = action,
                EnforcedRules = enforced,
                ShadowRules = action == "deny" || shadow ? ["facial-identification-any-caller"] : [],
                Intents = new Dictionary<string, double> { ["facial_recognition"] = Math.Round(random.NextDouble(), 4), ["law_enforcement_context"] = Math.Round(random.NextDouble(), 4) },
                Evidence = action == "deny" || shadow || random.Next(4) == 0
                    ? [new RecordedEvidence("facial_recognition", "model.clause", "messages[0].content", excerpt)]
                    : [],
                BodySha256 = Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())).PadRight(64, '0'),
                ClientAddress = "10.0.0." + random.Next(1, 250),
                UserAgent = "OpenAI/.NET 2.10.0",
                UpstreamStatus = action == "deny" ? null : 200,
                UpstreamLatencyMs = action == "deny" ? null : Math.Round(random.NextDouble() * 800, 3),
                DecisionMs = Math.Round(random.NextDouble() * 20, 3),
                PolicyVersion = "0faae751cbf7",
                ModelVersion = "sem-13ec24ce8dce",
                PrevHash = head.Hash,
            };
            record = record with { Hash = ChainHash.Compute(record) };
            head = new ChainHead(record.Seq, record.Hash);
            batch.Add(record);
            if (batch.Count == batch.Capacity)
            {
                await store.AppendAsync(batch, CancellationToken.None);
                batch.Clear();
            }
        }
        await store.AppendAsync(batch, CancellationToken.None);
    }
}
