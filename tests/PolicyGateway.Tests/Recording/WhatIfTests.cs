using Microsoft.Data.Sqlite;
using PolicyGateway.Cli;
using PolicyGateway.Recording.Store;
using PolicyGateway.Tests.Infrastructure;
using PolicyGateway.Tests.Recording.Store;

namespace PolicyGateway.Tests.Recording;

/// <summary><c>what-if</c> over a real SQLite store, with a candidate pack that lowers one threshold.</summary>
public sealed class WhatIfTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    private DecisionRecord _flips = null!;
    private string Database => _temp.File("decisions.db");

    public async Task InitializeAsync()
    {
        Dictionary<string, double> Intents(double facial, double context) => new()
        {
            ["facial_recognition"] = facial, ["realtime"] = 0, ["mobile_camera"] = 0, ["in_the_wild"] = 0, ["watchlist_match"] = 0.8,
            ["law_enforcement_context"] = context,
        };
        // An allowed call of US police whose facial-recognition confidence was below the shipped threshold.
        DecisionRecord AllowedPolice(DateTimeOffset time, double facial) =>
            SampleRecords.Decision(time, action: "allow", enforced: [], shadow: []) with { Intents = Intents(facial, 0.9) };

        _flips = AllowedPolice(_now.AddHours(-1), 0.45);
        await using var store = new SqlDecisionStore(new SqliteDialect(Database));
        await using var journal = JournalFactory.Create(store, _temp.File("spool.jsonl"), TimeProvider.System);
        await journal.InitializeAsync(CancellationToken.None);
        foreach (var record in new[]
        {
            _flips,
            // Older than --since 7d: left out although it would flip too.
            AllowedPolice(_now.AddDays(-30), 0.45),
            AllowedPolice(_now.AddHours(-2), 0.10),
            SampleRecords.Decision(_now.AddHours(-3)) with { Intents = Intents(0.95, 0.9) },
            // A fail-safe denial has no intents to replay.
            SampleRecords.Decision(_now.AddHours(-4), enforced: ["gateway-fail-closed"]) with { Intents = Intents(0, 0), Failure = "budget overrun" },
        })
        {
            await journal.CommitAsync(record, CancellationToken.None);
        }
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_lowered_threshold_reports_the_decisions_that_would_flip_per_rule()
    {
        var candidate = CopyPolicies();
        var file = Path.Combine(candidate, "law-enforcement.yaml");
        var yaml = await File.ReadAllTextAsync(file);
        Assert.Contains("{ field: intent.facial_recognition, at_least: 0.5 }", yaml);
        await File.WriteAllTextAsync(file, yaml.Replace("{ field: intent.facial_recognition, at_least: 0.5 }", "{ field: intent.facial_recognition, at_least: 0.4 }", StringComparison.Ordinal));

        var (exit, output) = await RunAsync("--policies", candidate, "--since", "7d");

        Assert.True(exit == 0, output);
        Assert.Contains("3 recorded decision(s) re-evaluated, 1 skipped", output);
        Assert.Contains("flips: 1 allow -> deny, 0 deny -> allow", output);
        Assert.Contains($"allow -> deny e.g. {_flips.Id}", output);
        Assert.Contains("rule us-police-facial-recognition: 1 newly denied, 0 no longer denied", output);
    }

    [Fact]
    public async Task Invalid_arguments_and_candidate_packs_are_refused()
    {
        var broken = CopyPolicies();
        await File.WriteAllTextAsync(Path.Combine(broken, "law-enforcement.yaml"), "rules: [");

        Assert.Equal(2, (await RunAsync()).Exit);
        Assert.Equal(2, (await RunAsync("--policies", RepositoryPaths.Policies, "--since", "a week")).Exit);
        Assert.Equal(1, (await RunAsync("--policies", broken)).Exit);
    }

    private string CopyPolicies()
    {
        var target = _temp.File("candidate-" + Guid.NewGuid().ToString("N")[..6]);
        foreach (var source in Directory.EnumerateFiles(RepositoryPaths.Policies, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.Policies, source));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(source, destination);
        }
        return target;
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        SqliteConnection.ClearAllPools();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await PolicyCli.TryRunAsync(["what-if", .. args, $"--Gateway:Recording:SqlitePath={Database}"], stdout, stderr);
        return (exit!.Value, stdout + stderr.ToString());
    }
}
