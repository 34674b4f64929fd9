using PolicyGateway.Recording.Store;

namespace PolicyGateway.Tests.Recording.Store;

public sealed class SqliteDecisionStoreTests : DecisionStoreContract
{
    protected override Task<SqlDecisionStore> CreateStoreAsync() =>
        Task.FromResult(new SqlDecisionStore(new SqliteDialect(Temp.File(Path.Combine("nested", "decisions.db")))));

    [Fact]
    public async Task The_file_is_created_on_first_start_in_wal_mode()
    {
        Assert.True(File.Exists(Temp.File(Path.Combine("nested", "decisions.db"))));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Temp.File(Path.Combine("nested", "decisions.db"))}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT group_concat(version) FROM (SELECT version FROM schema_migrations ORDER BY version)";
        Assert.Equal("1,2,3,4,5", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_batch_that_fails_part_way_stores_none_of_it_and_the_next_batch_is_stored()
    {
        var first = SampleRecords.Decision(Start) with { Instance = "gw-b", Seq = 1 };
        var second = SampleRecords.Decision(Start.AddSeconds(1)) with { Instance = "gw-b", Seq = 2 };
        // The same id twice: the primary key rejects the second row after the first was inserted.
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => Store.AppendAsync([first, second with { Id = first.Id }], CancellationToken.None));

        await Store.AppendAsync([first, second], CancellationToken.None);

        var stored = await Store.ReadChainAsync("gw-b", CancellationToken.None).Select(r => r.Id).ToListAsync();
        Assert.Equal([first.Id, second.Id], stored);
    }
}
