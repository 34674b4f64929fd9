using PolicyGateway.Recording.Store;

namespace PolicyGateway.Tests.Recording.Store;

public sealed class ChainHashTests
{
    /// <summary>
    /// Every stored chain is verified by recomputing this hash, so its input must never change. The expected value was
    /// computed by the implementation that wrote the existing stores (before the hash reused its buffers).
    /// </summary>
    [Fact]
    public void A_known_record_hashes_as_stored_chains_expect()
    {
        var record = new DecisionRecord
        {
            Id = "dec_019ad1a2b3c400000000000000000001",
            Instance = "gw-a",
            Seq = 7,
            Time = DateTimeOffset.FromUnixTimeMilliseconds(1_764_000_000_123),
            CallerId = "demo-us-vendor-for-police",
            Organization = "Vendor Ltd",
            Sector = "commercial",
            Country = "US",
            Subdivision = "US-IL",
            ActsFor = ["law_enforcement/US"],
            Method = "POST",
            Route = "/openai/deployments/gpt-4o/chat/completions",
            Api = "ChatCompletions",
            Deployment = "gpt-4o",
            Action = "deny",
            EnforcedRules = ["us-police-facial-recognition"],
            ShadowRules = ["facial-identification-any-caller"],
            // Not in label order: the hash sorts them.
            Intents = new Dictionary<string, double> { ["watchlist_match"] = 1.0 / 3, ["facial_recognition"] = 0.9731, ["realtime"] = 0 },
            Evidence = [new RecordedEvidence("facial_recognition", "semantic", "messages[0].content", "match \"this\" face — Gesicht <b>&</b> 😀")],
            BodySha256 = new string('a', 64),
            ClientAddress = "127.0.0.1",
            DecisionMs = 1.234,
            PolicyVersion = "0123456789ab",
            ModelVersion = "model-1",
            SessionId = "sess_1",
            Location = "messages[0]",
            PrevHash = new string('0', 64),
        };

        Assert.Equal("77126cd3f99b1a96670d2ac4f148ccfae4cd9572961d240435ead810a79b70ea", ChainHash.Compute(record));
    }

    [Fact]
    public void A_record_hashes_the_same_after_one_with_a_large_captured_body()
    {
        var record = SampleRecords.Decision(DateTimeOffset.UnixEpoch) with { Instance = "gw-a", Seq = 1, PrevHash = new string('0', 64) };
        var before = ChainHash.Compute(record);

        ChainHash.Compute(record with { CapturedBody = new string('x', 1_000_000) });

        Assert.Equal(before, ChainHash.Compute(record));
    }

    [Fact]
    public void A_record_hashes_as_if_linked_when_its_chain_and_previous_hash_are_given()
    {
        // The journal hashes a record before its one linked copy exists; the hash must be the linked copy's.
        var unlinked = SampleRecords.Decision(DateTimeOffset.UnixEpoch) with { Instance = "other", PrevHash = "" };
        var linked = unlinked with { Instance = "gw-a", Seq = 12, PrevHash = new string('7', 64) };

        Assert.Equal(ChainHash.Compute(linked), ChainHash.Compute(unlinked, "gw-a", new string('7', 64)));
        Assert.NotEqual(ChainHash.Compute(linked), ChainHash.Compute(unlinked, "gw-b", new string('7', 64)));
    }
}
