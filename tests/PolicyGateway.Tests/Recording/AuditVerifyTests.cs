using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using PolicyGateway.Cli;
using PolicyGateway.Recording.Store;
using PolicyGateway.Tests.Infrastructure;
using PolicyGateway.Tests.Recording.Store;

namespace PolicyGateway.Tests.Recording;

/// <summary><c>audit verify</c> on a real SQLite store that is edited behind the gateway's back.</summary>
public sealed class AuditVerifyTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();
    private readonly List<DecisionRecord> _written = [];
    private string DatabasePath => _temp.File("decisions.db");

    public async Task InitializeAsync()
    {
        await using var store = new SqlDecisionStore(new SqliteDialect(DatabasePath));
        await using var journal = JournalFactory.Create(store, _temp.File("spool.jsonl"), new FakeTimeProvider(Start));
        await journal.InitializeAsync(CancellationToken.None);
        for (var i = 0; i < 5; i++)
        {
            await journal.CommitAsync(SampleRecords.Decision(Start.AddMinutes(i)), CancellationToken.None);
        }
        await journal.FlushAsync();
        _written.AddRange(await store.ReadChainAsync("gw-a", CancellationToken.None).ToListAsync());
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_untouched_store_verifies()
    {
        var (exit, output) = await VerifyAsync();

        Assert.Equal(0, exit);
        Assert.Contains("chain gw-a: 5 record(s) verified, intact", output);
    }

    [Fact]
    public async Task An_altered_record_is_named()
    {
        await ExecuteAsync("UPDATE decisions SET caller_id = 'demo-us-retail' WHERE seq = 3");

        var (exit, output) = await VerifyAsync();

        Assert.Equal(1, exit);
        Assert.Contains($"ALTERED {_written[2].Id} (#3)", output);
    }

    [Fact]
    public async Task An_altered_record_whose_hash_was_recomputed_is_named()
    {
        var forged = _written[2] with { Action = "allow" };
        forged = forged with { Hash = ChainHash.Compute(forged) };
        await ExecuteAsync($"UPDATE decisions SET action = 'allow', hash = '{forged.Hash}' WHERE seq = 3");

        var (exit, output) = await VerifyAsync();

        Assert.Equal(1, exit);
        Assert.Contains($"ALTERED {_written[2].Id} (#3)", output);
    }

    [Fact]
    public async Task A_removed_record_is_named_by_the_record_after_the_gap()
    {
        await ExecuteAsync("DELETE FROM decisions WHERE seq = 3");

        var (exit, output) = await VerifyAsync();

        Assert.Equal(1, exit);
        Assert.Contains($"REMOVED {_written[3].Id} (#4): record(s) were removed between {_written[1].Id} (#2)", output);
    }

    [Fact]
    public async Task An_inserted_record_is_named_even_when_it_is_correctly_hashed_and_numbered()
    {
        // A forger who knows the algorithm: renumbers the rest of the chain and links the forgery to its predecessor.
        await ExecuteAsync("UPDATE decisions SET seq = -seq WHERE seq >= 3; UPDATE decisions SET seq = 1 - seq WHERE seq < 0");
        var forged = _written[2] with { Id = "dec_forged", Seq = 3, CallerId = "demo-us-retail" };
        forged = forged with { Hash = ChainHash.Compute(forged) };
        await using (var store = new SqlDecisionStore(new SqliteDialect(DatabasePath)))
        {
            await store.AppendAsync([forged], CancellationToken.None);
        }

        var (exit, output) = await VerifyAsync();

        Assert.Equal(1, exit);
        Assert.Contains("INSERTED dec_forged (#3)", output);
    }

    private async Task<(int Exit, string Output)> VerifyAsync()
    {
        SqliteConnection.ClearAllPools();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await PolicyCli.TryRunAsync(["audit", "verify", $"--Gateway:Recording:SqlitePath={DatabasePath}"], stdout, stderr);
        return (exit!.Value, stdout + stderr.ToString());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
