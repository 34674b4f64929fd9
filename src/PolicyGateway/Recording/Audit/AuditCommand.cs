using PolicyGateway.Recording.Store;

namespace PolicyGateway.Recording.Audit;

/// <summary>
/// <c>audit verify</c>: checks every chain in the configured decision store. Reads the same configuration as the
/// gateway (appsettings, environment, <c>--Gateway:Recording:…</c> arguments) and never writes to the store.
/// </summary>
public static class AuditCommand
{
    public const string Usage = "usage: audit verify [--Gateway:Recording:ConnectionString=…] [--Gateway:Recording:SqlitePath=…]";

    /// <returns>0 every chain intact, 1 a chain is broken, 2 unusable input or store.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length == 0 || args[0] != "verify")
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }
        if (RecordingConfiguration.Load(args[1..], stderr) is not { } options)
        {
            return 2;
        }

        await using var store = DecisionStoreFactory.Create(options);
        IReadOnlyList<ChainReport> reports;
        try
        {
            reports = await ChainVerifier.VerifyAsync(store, CancellationToken.None);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            await stderr.WriteLineAsync($"error: cannot read {store.Description}: {ex.Message}");
            return 2;
        }
        foreach (var report in reports)
        {
            await stdout.WriteLineAsync(report.ToString());
        }
        var broken = reports.Count(r => !r.Intact);
        await stdout.WriteLineAsync($"{reports.Count} chain(s), {broken} broken ({store.Description})");
        return broken == 0 ? 0 : 1;
    }
}
