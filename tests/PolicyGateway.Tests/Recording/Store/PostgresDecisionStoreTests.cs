using PolicyGateway.Recording.Store;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Recording.Store;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDecisionStoreTests(PostgresFixture postgres) : DecisionStoreContract
{
    protected override async Task<SqlDecisionStore> CreateStoreAsync() =>
        new(new PostgresDialect(await postgres.Server.CreateDatabaseAsync()));

    [Fact]
    public async Task Several_stores_starting_at_once_apply_each_migration_once()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync();
        var stores = Enumerable.Range(0, 4).Select(_ => new SqlDecisionStore(new PostgresDialect(connectionString))).ToList();

        await Task.WhenAll(stores.Select(s => s.MigrateAsync(CancellationToken.None)));

        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations", connection);
        Assert.Equal("1,2,3,4", (string?)await command.ExecuteScalarAsync());
        foreach (var store in stores) await store.DisposeAsync();
    }
}
