using Microsoft.Extensions.Time.Testing;
using PolicyGateway.Recording.Audit;
using PolicyGateway.Recording.Store;
using PolicyGateway.Tests.Infrastructure;
using PolicyGateway.Tests.Recording.Store;

namespace PolicyGateway.Tests.Recording;

/// <summary>The writer's batch window: allowed calls' records arriving close together share one transaction.</summary>
public sealed class BatchWindowTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();
    private SqlDecisionStore _inner = null!;
    private GatedDecisionStore _store = null!;

    public Task InitializeAsync()
    {
        _inner = new SqlDecisionStore(new SqliteDialect(_temp.File("decisions.db")));
        _store = new GatedDecisionStore(_inner);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _inner.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Records_queued_within_the_window_are_committed_in_one_transaction_in_order()
    {
        // A frozen test clock must not stall the window: it runs on real time.
        await using var journal = JournalFactory.Create(_store, _temp.File("spool.jsonl"), new FakeTimeProvider(Start),
            batchWindow: TimeSpan.FromMilliseconds(500));
        await journal.InitializeAsync(CancellationToken.None);
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var record = SampleRecords.Decision(Start.AddMilliseconds(i), action: "allow");
            ids.Add(record.Id);
            await journal.EnqueueAsync(record, CancellationToken.None);
        }

        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(_store.Batches.Sum() == 20)));
        Assert.Equal([20], _store.Batches);
        var chain = await _inner.ReadChainAsync("gw-a", CancellationToken.None).ToListAsync();
        Assert.Equal(ids, chain.Select(r => r.Id));
        Assert.True((await ChainVerifier.VerifyAsync(_inner, "gw-a", CancellationToken.None)).Intact);
    }
}
