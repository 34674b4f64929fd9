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
}
