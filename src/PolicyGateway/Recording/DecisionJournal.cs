using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using PolicyGateway.Hosting;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Recording;

/// <summary>
/// The only writer of this instance's chain. Denials are committed synchronously (<see cref="CommitAsync"/>); allowed
/// calls' records go through a bounded queue to a batching writer. Both pass one lock, which fixes each record's place
/// in the chain and keeps the spool in chain order. While the spool holds records, new ones are spooled behind them,
/// and the spool is replayed on a timer until the store takes them.
/// </summary>
public sealed partial class DecisionJournal : IDecisionJournal, IHostedLifecycleService, IAsyncDisposable
{
    private const int ReplayChunk = 500;

    private readonly IDecisionStore _store;
    private readonly DecisionSpool _spool;
    private readonly DecisionFeed _feed;
    private readonly RecordingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DecisionJournal> _logger;
    private readonly Channel<DecisionRecord> _queue;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ChainHead _head = ChainHead.Genesis;
    private Task _writer = Task.CompletedTask;
    private ITimer? _replayTimer;
    private ChainClaim? _claim;
    private int _started;

    public DecisionJournal(IDecisionStore store, DecisionSpool spool, DecisionFeed feed, IOptions<RecordingOptions> options, TimeProvider time,
        IMeterFactory meters, ILogger<DecisionJournal> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(meters);
        _store = store;
        _spool = spool;
        _feed = feed;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _queue = Channel.CreateBounded<DecisionRecord>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        // Observed only when a scrape or export asks; a bounded channel counts its items without locking the writers.
        meters.Create(RecordingMetrics.MeterName).CreateObservableGauge(RecordingMetrics.QueueDepth, () => _queue.Reader.Count, "{record}",
            "Allowed calls' records waiting in the queue for the batching writer; near QueueCapacity, requests start to wait.");
    }

    public string Instance => _options.Instance;

    /// <summary>Migrates the store, finds the chain's head (the spool's last record if it has any), replays the spool, starts the writer.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1) return;
        await _store.MigrateAsync(cancellationToken);
        // Before reading the head: two writers of one chain would both append after it, and one's records would be lost.
        _claim = await _store.TryClaimChainAsync(Instance, cancellationToken)
            ?? throw new GatewayConfigurationException(
                $"Gateway:Recording:Instance '{Instance}' is in use by another running gateway on {_store.Description}. " +
                "Give each gateway sharing a store its own instance id (the default is the host name).");
        var spooled = _spool.ReadAll().LastOrDefault(r => r.Instance == Instance);
        _head = spooled is not null
            ? new ChainHead(spooled.Seq, spooled.Hash)
            : await _store.GetChainHeadAsync(Instance, cancellationToken) ?? ChainHead.Genesis;
        LogStarted(_store.Description, Instance, _head.Seq);
        if (_spool.HasRecords)
        {
            await ReplayAsync();
        }
        _writer = Task.Run(WriteLoopAsync, CancellationToken.None);
        _replayTimer = _time.CreateTimer(_ => _ = ReplayAsync(), null, _options.ReplayInterval, _options.ReplayInterval);
    }

    public async ValueTask CommitAsync(DecisionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        // Not cancelled with the request: a denial's record is written even if its caller has gone.
        await _gate.WaitAsync(CancellationToken.None);
        DecisionRecord[] chained;
        try
        {
            chained = Chain([record]);
            await PersistAsync(chained);
        }
        finally
        {
            _gate.Release();
        }
        _feed.Publish(chained);
    }

    public async ValueTask EnqueueAsync(DecisionRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_queue.Writer.TryWrite(record)) return;
        try
        {
            await _queue.Writer.WriteAsync(record, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            // Shutting down: the writer has finished, so write this one directly.
            await CommitAsync(record, cancellationToken);
        }
    }

    /// <summary>Replays the spool into the store if it holds records; true when the spool is empty afterwards.</summary>
    public async Task<bool> ReplayAsync()
    {
        if (!_spool.HasRecords) return true;
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            return await ReplayLockedAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Removes the records older than <paramref name="olderThan"/> from this instance's chain and appends a purge
    /// record naming the last removed one, so the chain still verifies from its new start.
    /// </summary>
    public async Task<long> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_spool.HasRecords && !await ReplayLockedAsync())
            {
                return 0;
            }
            if (await _store.FindPurgeBoundaryAsync(Instance, olderThan, cancellationToken) is not { } boundary)
            {
                return 0;
            }
            var now = _time.GetUtcNow();
            var purge = Chain([new DecisionRecord
            {
                Id = $"prg_{now.ToUnixTimeMilliseconds():x12}{Guid.NewGuid():N}"[..36],
                Kind = RecordKind.Purge,
                Instance = Instance,
                Time = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds()),
                Action = "purge",
                PurgedThroughSeq = boundary.Seq,
                PurgedThroughHash = boundary.Hash,
                PurgedCount = boundary.Count,
            }]);
            try
            {
                await _store.PurgeAsync(Instance, boundary.Seq, purge[0], cancellationToken);
            }
            catch
            {
                // The purge did not happen: the chain's head goes back to before the purge record.
                _head = await _store.GetChainHeadAsync(Instance, CancellationToken.None) ?? ChainHead.Genesis;
                throw;
            }
            LogPurged(boundary.Count, boundary.Seq, olderThan);
            return boundary.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<DecisionRecord>(_options.BatchSize);
        while (await reader.WaitToReadAsync())
        {
            if (_options.BatchWindow > TimeSpan.Zero && reader.Count < _options.BatchSize)
            {
                // Real time, not the injected clock: a pause to gather a batch, which a test's frozen clock must not stall.
                await Task.Delay(_options.BatchWindow, TimeProvider.System);
            }
            while (batch.Count < _options.BatchSize && reader.TryRead(out var record))
            {
                batch.Add(record);
            }
            DecisionRecord[] chained;
            await _gate.WaitAsync();
            try
            {
                chained = Chain(batch);
                await PersistAsync(chained);
            }
            finally
            {
                _gate.Release();
            }
            _feed.Publish(chained);
            batch.Clear();
        }
    }

    /// <summary>Gives each record its place in the chain. Called under the lock.</summary>
    private DecisionRecord[] Chain(IReadOnlyList<DecisionRecord> records)
    {
        var chained = new DecisionRecord[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var hash = ChainHash.Compute(records[i], Instance, _head.Hash);
            var linked = records[i] with { Instance = Instance, Seq = _head.Seq + 1, PrevHash = _head.Hash, Hash = hash };
            _head = new ChainHead(linked.Seq, linked.Hash);
            chained[i] = linked;
        }
        return chained;
    }

    /// <summary>Store, else spool. Called under the lock; records behind a non-empty spool join it to keep the order.</summary>
    private async Task PersistAsync(DecisionRecord[] records)
    {
        if (!_spool.HasRecords || await ReplayLockedAsync())
        {
            try
            {
                await _store.AppendAsync(records, CancellationToken.None);
                return;
            }
            catch (Exception ex)
            {
                LogStoreDown(ex, records.Length, _spool.FilePath);
            }
        }
        try
        {
            _spool.Append(records);
        }
        catch (Exception ex)
        {
            // Neither store nor disk: nothing more can be done here; the decision itself still stands.
            LogRecordsLost(ex, records.Length, records[0].Id);
        }
    }

    private async Task<bool> ReplayLockedAsync()
    {
        var spooled = _spool.ReadAll();
        try
        {
            // Records a failed earlier replay did commit are skipped: each instance's head tells how far it got.
            var heads = new Dictionary<string, long>();
            foreach (var instance in spooled.Select(r => r.Instance).Distinct())
            {
                heads[instance] = (await _store.GetChainHeadAsync(instance, CancellationToken.None))?.Seq ?? 0;
            }
            var pending = spooled.Where(r => r.Seq > heads[r.Instance]).ToList();
            foreach (var chunk in pending.Chunk(ReplayChunk))
            {
                await _store.AppendAsync(chunk, CancellationToken.None);
            }
            _spool.Clear();
            if (spooled.Count > 0)
            {
                LogReplayed(pending.Count, _store.Description);
            }
            return true;
        }
        catch (Exception ex)
        {
            LogReplayFailed(spooled.Count, ex.Message);
            return false;
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => InitializeAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After the server has drained its requests: flush the queue.</summary>
    public Task StoppedAsync(CancellationToken cancellationToken) => FlushAsync();

    /// <summary>Stops accepting queued records and waits until every queued one is stored or spooled.</summary>
    public async Task FlushAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
        if (Interlocked.Exchange(ref _replayTimer, null) is { } timer)
        {
            await timer.DisposeAsync();
        }
        // Last: nothing of this chain is written after the flush, so another gateway may take it over.
        if (Interlocked.Exchange(ref _claim, null) is { } claim)
        {
            await claim.DisposeAsync();
        }
    }

    // The lock is not disposed: a replay tick already running may still release it.
    public async ValueTask DisposeAsync() => await FlushAsync();
}
