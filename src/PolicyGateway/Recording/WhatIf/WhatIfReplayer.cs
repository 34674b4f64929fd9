using PolicyGateway.Decisions;
using PolicyGateway.Policy;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Recording.WhatIf;

/// <summary>Re-evaluates recorded decisions under a candidate policy set and counts what would flip. Read-only.</summary>
public static class WhatIfReplayer
{
    private const int PageSize = 1000;

    public static async Task<WhatIfReport> RunAsync(IDecisionStore store, PolicySet candidate, DateTimeOffset? since, int sampleSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(candidate);
        var report = new WhatIfReport();
        var query = new DecisionQuery(From: since, Limit: PageSize);
        while (true)
        {
            var page = await store.QueryAsync(query, cancellationToken);
            foreach (var record in page.Decisions)
            {
                Replay(record, candidate, report, sampleSize);
            }
            if (page.Next is null) return report;
            query = query with { Before = page.Next };
        }
    }

    private static void Replay(DecisionRecord record, PolicySet candidate, WhatIfReport report, int sampleSize)
    {
        if (record.Failure is not null)
        {
            report.Skipped++;
            return;
        }
        report.Evaluated++;
        var evaluation = candidate.Evaluate(StoredDecisionInput.From(record));
        var wasDenied = record.Action == "deny";
        var denies = evaluation.Action == DecisionAction.Deny;
        if (denies && !wasDenied)
        {
            report.AllowToDeny++;
            if (report.AllowToDenySample.Count < sampleSize) report.AllowToDenySample.Add(record.Id);
        }
        if (wasDenied && !denies)
        {
            report.DenyToAllow++;
            if (report.DenyToAllowSample.Count < sampleSize) report.DenyToAllowSample.Add(record.Id);
        }
        var enforced = evaluation.Enforced.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        var shadow = evaluation.Shadow.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in enforced.Concat(shadow).Concat(record.EnforcedRules).Concat(record.ShadowRules).Distinct(StringComparer.Ordinal))
        {
            if (!report.Rules.TryGetValue(rule, out var flips))
            {
                report.Rules[rule] = flips = new RuleFlips(rule);
            }
            flips.Add(record.EnforcedRules.Contains(rule), enforced.Contains(rule), record.ShadowRules.Contains(rule), shadow.Contains(rule), record.Id, sampleSize);
        }
    }
}
