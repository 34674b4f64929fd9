using Microsoft.Extensions.Time.Testing;
using PolicyGateway.Recording;
using PolicyGateway.Recording.Audit;
using PolicyGateway.Recording.Store;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Recording.Store;

/// <summary>The store's behaviour, run unchanged against SQLite and PostgreSQL.</summary>
public abstract class DecisionStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    protected TempDirectory Temp { get; } = new();
    protected FakeTimeProvider Time { get; } = new(Start);
    protected SqlDecisionStore Store { get; private set; } = null!;
    protected DecisionJournal Journal { get; private set; } = null!;

    protected abstract Task<SqlDecisionStore> CreateStoreAsync();

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        Journal = JournalFactory.Create(Store, Temp.File("spool.jsonl"), Time);
        await Journal.InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Journal.DisposeAsync();
        await Store.DisposeAsync();
        Temp.Dispose();
    }

    [Fact]
    public async Task Migrations_are_applied_once_and_again_is_a_no_op()
    {
        await Store.MigrateAsync(CancellationToken.None);
        await Store.MigrateAsync(CancellationToken.None);
        await Journal.CommitAsync(SampleRecords.Decision(Start), CancellationToken.None);

        Assert.Single((await Store.QueryAsync(new DecisionQuery(), CancellationToken.None)).Decisions);
    }

    [Fact]
    public async Task A_record_comes_back_with_every_field_and_a_hash_that_still_matches()
    {
        var written = SampleRecords.Decision(Start, caller: "demo-us-vendor-for-police", sector: "commercial", shadow: ["facial-identification-any-caller"]);
        await Journal.CommitAsync(written, CancellationToken.None);

        var read = await Store.GetAsync(written.Id, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(1, read.Seq);
        Assert.Equal("gw-a", read.Instance);
        Assert.Equal(ChainHead.Genesis.Hash, read.PrevHash);
        Assert.Equal(ChainHash.Compute(read), read.Hash);
        Assert.Equal(written.Time, read.Time);
        Assert.Equal(["law_enforcement/US"], read.ActsFor);
        Assert.Equal(["us-police-facial-recognition"], read.EnforcedRules);
        Assert.Equal(["facial-identification-any-caller"], read.ShadowRules);
        Assert.Equal(written.Intents, read.Intents);
        Assert.Equal(written.Evidence, read.Evidence);
        Assert.Equal((written.UpstreamStatus, written.UpstreamLatencyMs, written.DecisionMs), (read.UpstreamStatus, read.UpstreamLatencyMs, read.DecisionMs));
        Assert.Equal((written.BodySha256, written.ClientAddress, written.UserAgent, written.Subdivision), (read.BodySha256, read.ClientAddress, read.UserAgent, read.Subdivision));
        Assert.Equal((written.PolicyVersion, written.ModelVersion, written.Deployment), (read.PolicyVersion, read.ModelVersion, read.Deployment));
    }

    [Fact]
    public async Task Filters_select_by_action_caller_rule_sector_country_api_time_and_evidence_text()
    {
        await Journal.CommitAsync(SampleRecords.Decision(Start, caller: "demo-us-police"), CancellationToken.None);
        await Journal.CommitAsync(SampleRecords.Decision(Start.AddHours(1), caller: "demo-uk-police", country: "GB",
            enforced: ["law-enforcement-realtime-mobile-facial-recognition"], excerpt: "live BODYCAM_feed 100% match"), CancellationToken.None);
        await Journal.CommitAsync(SampleRecords.Decision(Start.AddHours(2), caller: "demo-us-retail", action: "allow", sector: "commercial",
            shadow: ["facial-identification-any-caller"], api: "Responses"), CancellationToken.None);
        await Journal.CommitAsync(SampleRecords.Decision(Start.AddHours(3), caller: "demo-us-retail", action: "allow", sector: "commercial",
            excerpt: "write a haiku"), CancellationToken.None);

        async Task<string[]> Callers(DecisionQuery q) =>
            (await Store.QueryAsync(q, CancellationToken.None)).Decisions.Select(d => d.CallerId + "@" + d.Time.Hour).ToArray();

        Assert.Equal(["demo-uk-police@9", "demo-us-police@8"], await Callers(new DecisionQuery(Action: "deny")));
        Assert.Equal(["demo-us-retail@10"], await Callers(new DecisionQuery(Action: "shadow")));
        Assert.Equal(["demo-us-retail@11", "demo-us-retail@10"], await Callers(new DecisionQuery(Caller: "demo-us-retail")));
        Assert.Equal(["demo-uk-police@9"], await Callers(new DecisionQuery(Rule: "law-enforcement-realtime-mobile-facial-recognition")));
        Assert.Equal(["demo-us-retail@10"], await Callers(new DecisionQuery(Rule: "facial-identification-any-caller")));
        Assert.Empty(await Callers(new DecisionQuery(Rule: "us-police")));
        Assert.Equal(["demo-us-retail@11", "demo-us-retail@10"], await Callers(new DecisionQuery(Sector: "commercial")));
        Assert.Equal(["demo-uk-police@9"], await Callers(new DecisionQuery(Country: "gb")));
        Assert.Equal(["demo-us-retail@10"], await Callers(new DecisionQuery(Api: "Responses")));
        Assert.Equal(["demo-us-retail@10", "demo-uk-police@9"], await Callers(new DecisionQuery(From: Start.AddHours(1), To: Start.AddHours(3))));
        Assert.Equal(["demo-uk-police@9"], await Callers(new DecisionQuery(Text: "bodycam_feed 100%")));
        Assert.Empty(await Callers(new DecisionQuery(Text: "bodycam%feed")));
    }

    [Fact]
    public async Task Cursor_paging_returns_every_decision_once_newest_first()
    {
        for (var i = 0; i < 25; i++)
        {
            await Journal.EnqueueAsync(SampleRecords.Decision(Start.AddMinutes(i), action: "allow"), CancellationToken.None);
        }
        await Journal.FlushAsync();

        var seen = new List<DecisionRecord>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Store.QueryAsync(new DecisionQuery(Before: cursor, Limit: 10), CancellationToken.None);
            seen.AddRange(page.Decisions);
            cursor = page.Next;
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(25, seen.Select(d => d.Id).Distinct().Count());
        Assert.Equal(seen.OrderByDescending(d => d.Time).Select(d => d.Id), seen.Select(d => d.Id));
    }

    [Fact]
    public async Task Aggregates_count_by_rule_caller_and_action_per_hour_and_day()
    {
        await Journal.CommitAsync(SampleRecords.Decision(Start.AddMinutes(5)), CancellationToken.None);
        await Journal.CommitAsync(SampleRecords.Decision(Start.AddMinutes(50)), CancellationToken.None);
        await Journal.CommitAsync(SampleRecords.Decision(Start.AddMinutes(70), caller: "demo-us-retail", action: "allow", shadow: ["facial-identification-any-caller"]), CancellationToken.None);

        var hourly = await Store.AggregateAsync(AggregateBucket.Hour, null, null, CancellationToken.None);
        var daily = await Store.AggregateAsync(AggregateBucket.Day, Start.Date, null, CancellationToken.None);

        Assert.Contains(new AggregateRow(Start, "rule", "us-police-facial-recognition", 2), hourly);
        Assert.Contains(new AggregateRow(Start, "action", "deny", 2), hourly);
        Assert.Contains(new AggregateRow(Start.AddHours(1), "action", "shadow", 1), hourly);
        Assert.Contains(new AggregateRow(Start.AddHours(1), "rule", "facial-identification-any-caller", 1), hourly);
        Assert.Contains(new AggregateRow(Start, "denied_rule", "us-police-facial-recognition", 2), hourly);
        // A shadow match is a would-deny, not a denial.
        Assert.DoesNotContain(hourly, r => r.Dimension == "denied_rule" && r.Key == "facial-identification-any-caller");
        Assert.Contains(new AggregateRow(new DateTimeOffset(Start.Date, TimeSpan.Zero), "caller", "demo-us-police", 2), daily);
        Assert.Contains(new AggregateRow(new DateTimeOffset(Start.Date, TimeSpan.Zero), "caller", "demo-us-retail", 1), daily);
    }

    [Fact]
    public async Task The_chain_continues_across_a_restart_and_instances_keep_separate_chains()
    {
        await Journal.CommitAsync(SampleRecords.Decision(Start), CancellationToken.None);
        await Journal.DisposeAsync();
        await using (var restarted = JournalFactory.Create(Store, Temp.File("spool.jsonl"), Time))
        {
            await restarted.InitializeAsync(CancellationToken.None);
            await restarted.CommitAsync(SampleRecords.Decision(Start.AddSeconds(1)), CancellationToken.None);
        }
        await using (var other = JournalFactory.Create(Store, Temp.File("other-spool.jsonl"), Time, instance: "gw-b"))
        {
            await other.InitializeAsync(CancellationToken.None);
            await other.CommitAsync(SampleRecords.Decision(Start.AddSeconds(2)), CancellationToken.None);
        }

        var reports = await ChainVerifier.VerifyAsync(Store, CancellationToken.None);

        Assert.Equal(["chain gw-a: 2 record(s) verified, intact", "chain gw-b: 1 record(s) verified, intact"], reports.Select(r => r.ToString()));
        var chainA = await Store.ReadChainAsync("gw-a", CancellationToken.None).ToListAsync();
        Assert.Equal([1L, 2L], chainA.Select(r => r.Seq));
        Assert.Equal(chainA[0].Hash, chainA[1].PrevHash);
    }

    [Fact]
    public async Task A_retention_purge_is_a_chained_record_and_the_chain_still_verifies()
    {
        for (var i = 0; i < 5; i++)
        {
            await Journal.CommitAsync(SampleRecords.Decision(Start.AddDays(i)), CancellationToken.None);
        }
        Time.SetUtcNow(Start.AddDays(10));

        var purged = await Journal.PurgeAsync(Start.AddDays(2.5), CancellationToken.None);
        await Journal.CommitAsync(SampleRecords.Decision(Start.AddDays(10)), CancellationToken.None);
        var again = await Journal.PurgeAsync(Start.AddDays(3.5), CancellationToken.None);

        Assert.Equal(3, purged);
        Assert.Equal(1, again);
        // Days 0-2 went in the first purge (its record is #6), day 3 in the second (#8).
        var chain = await Store.ReadChainAsync("gw-a", CancellationToken.None).ToListAsync();
        Assert.Equal([RecordKind.Decision, RecordKind.Purge, RecordKind.Decision, RecordKind.Purge], chain.Select(r => r.Kind));
        Assert.Equal([5L, 6L, 7L, 8L], chain.Select(r => r.Seq));
        Assert.Equal((3L, 4L), (chain[1].PurgedThroughSeq!.Value, chain[3].PurgedThroughSeq!.Value));
        Assert.True((await ChainVerifier.VerifyAsync(Store, "gw-a", CancellationToken.None)).Intact);
        Assert.Equal(2, (await Store.QueryAsync(new DecisionQuery(), CancellationToken.None)).Decisions.Count);
    }

    [Fact]
    public async Task Queued_records_are_batched_and_all_flushed_on_shutdown()
    {
        var ids = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var record = SampleRecords.Decision(Start.AddMilliseconds(i), action: "allow");
            ids.Add(record.Id);
            // The queue holds 64: the producer waits for the writer instead of losing records.
            await Journal.EnqueueAsync(record, CancellationToken.None);
        }
        await Journal.FlushAsync();

        var chain = await Store.ReadChainAsync("gw-a", CancellationToken.None).ToListAsync();
        Assert.Equal(ids, chain.Select(r => r.Id));
        Assert.True((await ChainVerifier.VerifyAsync(Store, "gw-a", CancellationToken.None)).Intact);
    }
}
