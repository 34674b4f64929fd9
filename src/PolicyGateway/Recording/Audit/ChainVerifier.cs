using PolicyGateway.Recording.Store;

namespace PolicyGateway.Recording.Audit;

/// <summary>
/// Walks each instance's chain and names the first record that was altered, inserted, or that follows removed
/// records. A chain starts at the genesis hash, or, after retention purges, at the last purged record named by the
/// newest purge record. Without a secret key the chain cannot show records cut from its very end; the newest
/// record's hash, kept elsewhere, would.
/// </summary>
public static class ChainVerifier
{
    public static async Task<IReadOnlyList<ChainReport>> VerifyAsync(IDecisionStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var reports = new List<ChainReport>();
        foreach (var instance in await store.InstancesAsync(cancellationToken))
        {
            reports.Add(await VerifyAsync(store, instance, cancellationToken));
        }
        return reports;
    }

    public static async Task<ChainReport> VerifyAsync(IDecisionStore store, string instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(instance);
        var start = ChainHead.Genesis;
        await foreach (var record in store.ReadChainAsync(instance, cancellationToken))
        {
            if (record is { Kind: RecordKind.Purge, PurgedThroughSeq: { } seq, PurgedThroughHash: { } hash } && seq > start.Seq)
            {
                start = new ChainHead(seq, hash);
            }
        }

        var expected = start.Hash;
        DecisionRecord? previous = null;
        DecisionRecord? pending = null;
        long verified = 0;
        await foreach (var next in store.ReadChainAsync(instance, cancellationToken))
        {
            if (pending is not null)
            {
                if (Check(pending, next, previous, expected) is { } problem) return new ChainReport(instance, verified, problem);
                expected = pending.Hash;
                previous = pending;
                verified++;
            }
            pending = next;
        }
        if (pending is not null && Check(pending, null, previous, expected) is { } last)
        {
            return new ChainReport(instance, verified, last);
        }
        return new ChainReport(instance, verified + (pending is null ? 0 : 1), null);
    }

    private static ChainProblem? Check(DecisionRecord record, DecisionRecord? next, DecisionRecord? previous, string expected)
    {
        var valid = ChainHash.Compute(record) == record.Hash;
        if (valid && record.PrevHash == expected) return null;
        // The next record linking past this one to the last good hash means this one does not belong.
        if (next is not null && next.PrevHash == expected && ChainHash.Compute(next) == next.Hash)
        {
            return new ChainProblem(ChainProblemKind.Inserted, record.Id, record.Seq, "this record was inserted: the chain links past it");
        }
        if (!valid)
        {
            return new ChainProblem(ChainProblemKind.Altered, record.Id, record.Seq, "this record was altered: its content no longer matches its hash");
        }
        // Two records linking to the same predecessor: the earlier one was slipped in before this one.
        if (previous is not null && record.PrevHash == previous.PrevHash)
        {
            return new ChainProblem(ChainProblemKind.Inserted, previous.Id, previous.Seq, "this record was inserted: the next record links to its predecessor");
        }
        if (previous is not null && record.Seq == previous.Seq + 1)
        {
            return new ChainProblem(ChainProblemKind.Altered, previous.Id, previous.Seq,
                "this record was altered and its hash recomputed: the next record no longer links to it");
        }
        var after = previous is null ? "the start of the chain" : $"{previous.Id} (#{previous.Seq})";
        return new ChainProblem(ChainProblemKind.Removed, record.Id, record.Seq, $"record(s) were removed between {after} and this record");
    }
}
