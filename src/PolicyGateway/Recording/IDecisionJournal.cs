using PolicyGateway.Recording.Store;

namespace PolicyGateway.Recording;

/// <summary>Writes decision records to the durable store, chained per instance. Never loses an acknowledged record.</summary>
public interface IDecisionJournal
{
    /// <summary>
    /// Returns once the record is committed to the store, or, when the store is down, to the local spool file.
    /// Used for denials: the 403 must not leave before its record is durable.
    /// </summary>
    ValueTask CommitAsync(DecisionRecord record, CancellationToken cancellationToken);

    /// <summary>Queues the record for the batching writer; waits (back-pressure) rather than drop when the queue is full.</summary>
    ValueTask EnqueueAsync(DecisionRecord record, CancellationToken cancellationToken);
}
