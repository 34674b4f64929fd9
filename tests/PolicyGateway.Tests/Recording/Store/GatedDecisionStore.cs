using PolicyGateway.Recording.Store;

namespace PolicyGateway.Tests.Recording.Store;

/// <summary>
/// A real store whose appends a test can hold (to keep records in the journal's queue) or fail (as an outage would,
/// to send them to the spool). Everything else goes straight to the inner store.
/// </summary>
public sealed class GatedDecisionStore(IDecisionStore inner) : IDecisionStore
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _hold;

    /// <summary>While true, appends and chain-head reads throw, like a store that does not answer.</summary>
    public bool Down { get; set; }

    /// <summary>The size of every batch appended so far, in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<int> Batches { get; } = new();

    /// <summary>Completes when an append has started waiting at the hold.</summary>
    public Task AppendHeld => _entered.Task;

    public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _hold?.TrySetResult();

    public string Description => inner.Description;

    public Task MigrateAsync(CancellationToken cancellationToken) => inner.MigrateAsync(cancellationToken);

    public Task<ChainHead?> GetChainHeadAsync(string instance, CancellationToken cancellationToken) =>
        Down ? throw new InvalidOperationException("store down (test)") : inner.GetChainHeadAsync(instance, cancellationToken);

    public Task<ChainClaim?> TryClaimChainAsync(string instance, CancellationToken cancellationToken) => inner.TryClaimChainAsync(instance, cancellationToken);

    public async Task AppendAsync(IReadOnlyList<DecisionRecord> records, CancellationToken cancellationToken)
    {
        if (_hold is { } hold)
        {
            _entered.TrySetResult();
            await hold.Task;
        }
        if (Down) throw new InvalidOperationException("store down (test)");
        await inner.AppendAsync(records, cancellationToken);
        Batches.Enqueue(records.Count);
    }

    public Task<DecisionRecord?> GetAsync(string id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task<DecisionPage> QueryAsync(DecisionQuery query, CancellationToken cancellationToken) => inner.QueryAsync(query, cancellationToken);

    public Task<IReadOnlyList<AggregateRow>> AggregateAsync(AggregateBucket bucket, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken) =>
        inner.AggregateAsync(bucket, from, to, cancellationToken);

    public Task<IReadOnlyList<string>> InstancesAsync(CancellationToken cancellationToken) => inner.InstancesAsync(cancellationToken);

    public IAsyncEnumerable<DecisionRecord> ReadChainAsync(string instance, CancellationToken cancellationToken) => inner.ReadChainAsync(instance, cancellationToken);

    public Task<PurgeBoundary?> FindPurgeBoundaryAsync(string instance, DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        inner.FindPurgeBoundaryAsync(instance, olderThan, cancellationToken);

    public Task PurgeAsync(string instance, long throughSeq, DecisionRecord purge, CancellationToken cancellationToken) =>
        inner.PurgeAsync(instance, throughSeq, purge, cancellationToken);
}
