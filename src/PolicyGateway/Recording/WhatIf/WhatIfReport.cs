using System.Text;

namespace PolicyGateway.Recording.WhatIf;

/// <summary>What the candidate pack would have decided differently over the recorded decisions.</summary>
public sealed class WhatIfReport
{
    public int Evaluated { get; internal set; }

    /// <summary>Fail-safe decisions (no classification happened), which have no intents to re-evaluate.</summary>
    public int Skipped { get; internal set; }

    public int AllowToDeny { get; internal set; }
    public int DenyToAllow { get; internal set; }
    public List<string> AllowToDenySample { get; } = [];
    public List<string> DenyToAllowSample { get; } = [];
    public SortedDictionary<string, RuleFlips> Rules { get; } = new(StringComparer.Ordinal);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"{Evaluated} recorded decision(s) re-evaluated, {Skipped} skipped (fail-safe decisions have no intents)");
        text.AppendLine($"flips: {AllowToDeny} allow -> deny, {DenyToAllow} deny -> allow");
        if (AllowToDenySample.Count > 0) text.AppendLine($"  allow -> deny e.g. {string.Join(", ", AllowToDenySample)}");
        if (DenyToAllowSample.Count > 0) text.AppendLine($"  deny -> allow e.g. {string.Join(", ", DenyToAllowSample)}");
        foreach (var rule in Rules.Values.Where(r => r.Any))
        {
            text.AppendLine($"rule {rule.RuleId}: {rule.NewlyDenied} newly denied, {rule.NoLongerDenied} no longer denied, " +
                            $"{rule.NewlyShadowed} newly would-deny, {rule.NoLongerShadowed} no longer would-deny");
            if (rule.NewlyDeniedSample.Count > 0) text.AppendLine($"  newly denied e.g. {string.Join(", ", rule.NewlyDeniedSample)}");
            if (rule.NoLongerDeniedSample.Count > 0) text.AppendLine($"  no longer denied e.g. {string.Join(", ", rule.NoLongerDeniedSample)}");
        }
        if (!Rules.Values.Any(r => r.Any)) text.AppendLine("no rule changes its verdict on any recorded decision");
        return text.ToString();
    }
}
