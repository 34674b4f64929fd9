using FluentValidation;
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
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args[1..])
            .Build();
        var options = new RecordingOptions();
        configuration.GetSection(RecordingOptions.SectionName).Bind(options);
        var validation = new RecordingOptionsValidator().Validate(options);
        if (!validation.IsValid)
        {
            await stderr.WriteLineAsync(string.Join(Environment.NewLine, validation.Errors.Select(e => e.ErrorMessage)));
            return 2;
        }
        if (string.IsNullOrWhiteSpace(options.ConnectionString) && !File.Exists(options.ResolvedSqlitePath))
        {
            await stderr.WriteLineAsync($"error: no decision store at {options.ResolvedSqlitePath}");
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
