using Microsoft.Extensions.Time.Testing;
using PolicyGateway.Recording;
using PolicyGateway.Recording.Store;
using PolicyGateway.Tests.Infrastructure;
using PolicyGateway.Tests.Recording.Store;

namespace PolicyGateway.Tests.Recording;

/// <summary>The journal's queue depth and the spool's size, read as an exporter reads them.</summary>
public sealed class RecordingGaugeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly System.Diagnostics.Metrics.IMeterFactory _meters = TestMeters.Create();
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
        (_meters as IDisposable)?.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Queue_depth_counts_the_records_waiting_for_the_writer()
    {
        using var gauges = new GaugeReader(_meters);
        await using var journal = JournalFactory.Create(_store, _temp.File("spool.jsonl"), _time, batchSize: 1, meters: _meters);
        await journal.InitializeAsync(CancellationToken.None);
        Assert.Equal(0, gauges.Read(RecordingMetrics.QueueDepth));

        _store.Hold();
        for (var i = 0; i < 5; i++)
        {
            await journal.EnqueueAsync(SampleRecords.Decision(Start.AddMilliseconds(i), action: "allow"), CancellationToken.None);
        }
        // The writer took one record (a batch of one) and waits in the store; four are still queued.
        await _store.AppendHeld.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(4, gauges.Read(RecordingMetrics.QueueDepth));

        _store.Release();
        await journal.FlushAsync();
        Assert.Equal(0, gauges.Read(RecordingMetrics.QueueDepth));
        Assert.Equal(5, (await _inner.QueryAsync(new DecisionQuery(), CancellationToken.None)).Decisions.Count);
    }

    [Fact]
    public async Task Spool_gauges_follow_records_spooled_during_an_outage_and_drop_to_zero_after_replay()
    {
        using var gauges = new GaugeReader(_meters);
        var spool = _temp.File("spool.jsonl");
        await using var journal = JournalFactory.Create(_store, spool, _time, meters: _meters);
        await journal.InitializeAsync(CancellationToken.None);
        Assert.Equal((0, 0), (gauges.Read(RecordingMetrics.SpoolRecords), gauges.Read(RecordingMetrics.SpoolSize)));

        _store.Down = true;
        for (var i = 0; i < 3; i++)
        {
            await journal.CommitAsync(SampleRecords.Decision(Start.AddMilliseconds(i)), CancellationToken.None);
        }
        Assert.Equal(3, gauges.Read(RecordingMetrics.SpoolRecords));
        Assert.Equal(new FileInfo(spool).Length, gauges.Read(RecordingMetrics.SpoolSize));

        _store.Down = false;
        Assert.True(await journal.ReplayAsync());
        Assert.Equal((0, 0), (gauges.Read(RecordingMetrics.SpoolRecords), gauges.Read(RecordingMetrics.SpoolSize)));
        Assert.Equal(3, (await _inner.QueryAsync(new DecisionQuery(), CancellationToken.None)).Decisions.Count);
    }

    [Fact]
    public async Task A_spool_left_by_a_previous_run_is_counted_from_the_start()
    {
        var spool = _temp.File("spool.jsonl");
        await using (var first = JournalFactory.Create(_store, spool, _time))
        {
            await first.InitializeAsync(CancellationToken.None);
            _store.Down = true;
            await first.CommitAsync(SampleRecords.Decision(Start), CancellationToken.None);
            await first.CommitAsync(SampleRecords.Decision(Start.AddMilliseconds(1)), CancellationToken.None);
        }

        using var gauges = new GaugeReader(_meters);
        var restarted = new DecisionSpool(spool, _meters);

        Assert.True(restarted.HasRecords);
        Assert.Equal(2, gauges.Read(RecordingMetrics.SpoolRecords));
        Assert.Equal(new FileInfo(spool).Length, gauges.Read(RecordingMetrics.SpoolSize));
    }
}
