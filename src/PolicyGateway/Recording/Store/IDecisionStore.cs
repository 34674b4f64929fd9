namespace PolicyGateway.Recording.Store;

/// <summary>
/// The durable decision store (SQLite or PostgreSQL). Writes come only from <see cref="DecisionJournal"/>, which owns
/// the order of each instance's chain; reads serve the admin API and <c>audit verify</c>.
/// </summary>
public interface IDecisionStore
{
    /// <summary>A readable name for logs: the provider and where it stores, never a password.</summary>
    string Description { get; }

    /// <summary>Creates the store if needed and applies every schema migration not yet applied.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    Task<ChainHead?> GetChainHeadAsync(string instance, CancellationToken cancellationToken);

    /// <summary>Claims the instance's chain for this process until the claim is disposed; null when another process holds it.</summary>
    Task<ChainClaim?> TryClaimChainAsync(string instance, CancellationToken cancellationToken);

    /// <summary>Inserts the records in one transaction: all or none.</summary>
    Task AppendAsync(IReadOnlyList<DecisionRecord> records, CancellationToken cancellationToken);

    Task<DecisionRecord?> GetAsync(string id, CancellationToken cancellationToken);

    Task<DecisionPage> QueryAsync(DecisionQuery query, CancellationToken cancellationToken);

    Task<IReadOnlyList<AggregateRow>> AggregateAsync(AggregateBucket bucket, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> InstancesAsync(CancellationToken cancellationToken);

    /// <summary>Every record of one instance's chain (decisions and purges), in chain order.</summary>
    IAsyncEnumerable<DecisionRecord> ReadChainAsync(string instance, CancellationToken cancellationToken);

    Task<PurgeBoundary?> FindPurgeBoundaryAsync(string instance, DateTimeOffset olderThan, CancellationToken cancellationToken);

    /// <summary>Deletes the instance's records up to <paramref name="throughSeq"/> and appends the purge record, in one transaction.</summary>
    Task PurgeAsync(string instance, long throughSeq, DecisionRecord purge, CancellationToken cancellationToken);
}
