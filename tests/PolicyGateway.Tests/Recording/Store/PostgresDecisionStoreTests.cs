using PolicyGateway.Hosting;
using PolicyGateway.Recording.Store;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Recording.Store;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDecisionStoreTests(PostgresFixture postgres) : DecisionStoreContract
{
    private string _connectionString = "";

    protected override async Task<SqlDecisionStore> CreateStoreAsync()
    {
        _connectionString = await postgres.Server.CreateDatabaseAsync();
        return new(new PostgresDialect(_connectionString));
    }

    [Fact]
    public async Task A_chain_in_use_cannot_be_claimed_by_a_second_journal_until_its_writer_stops()
    {
        await Journal.CommitAsync(SampleRecords.Decision(Start), CancellationToken.None);
        // A second gateway's store: its own connections, as another process would have.
        await using var elsewhere = new SqlDecisionStore(new PostgresDialect(_connectionString));

        await using (var sameId = JournalFactory.Create(elsewhere, Temp.File("same-id-spool.jsonl"), Time))
        {
            var refused = await Assert.ThrowsAsync<GatewayConfigurationException>(() => sameId.InitializeAsync(CancellationToken.None));
            Assert.Contains("Gateway:Recording:Instance 'gw-a' is in use by another running gateway", refused.Message, StringComparison.Ordinal);
        }
        await using (var otherId = JournalFactory.Create(elsewhere, Temp.File("other-id-spool.jsonl"), Time, instance: "gw-b"))
        {
            await otherId.InitializeAsync(CancellationToken.None);
        }

        // Once the first writer has stopped, the chain can be taken over, and it continues where it was.
        await Journal.DisposeAsync();
        await using (var successor = JournalFactory.Create(elsewhere, Temp.File("successor-spool.jsonl"), Time))
        {
            await successor.InitializeAsync(CancellationToken.None);
            await successor.CommitAsync(SampleRecords.Decision(Start.AddSeconds(1)), CancellationToken.None);
        }
        Assert.Equal([1L, 2L], (await Store.ReadChainAsync("gw-a", CancellationToken.None).ToListAsync()).Select(r => r.Seq));
    }

    [Fact]
    public async Task Several_stores_starting_at_once_apply_each_migration_once()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync();
        var stores = Enumerable.Range(0, 4).Select(_ => new SqlDecisionStore(new PostgresDialect(connectionString))).ToList();

        await Task.WhenAll(stores.Select(s => s.MigrateAsync(CancellationToken.None)));

        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations", connection);
        Assert.Equal("1,2,3,4,5", (string?)await command.ExecuteScalarAsync());
        foreach (var store in stores) await store.DisposeAsync();
    }
}
