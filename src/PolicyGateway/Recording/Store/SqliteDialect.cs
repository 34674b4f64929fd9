using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PolicyGateway.Recording.Store;

/// <summary>Embedded SQLite in WAL mode: readers (the admin API) never block the writer, and nothing to install.</summary>
public sealed class SqliteDialect : ISqlDialect
{
    private readonly string _connectionString;

    public SqliteDialect(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        Description = "SQLite " + full;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // The writer and the admin API's readers share the file; wait for a lock instead of failing at once.
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Description { get; }

    public IReadOnlyList<Migration> Migrations { get; } = DecisionSchema.Migrations("INTEGER", "REAL");

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // WAL is a property of the file (set once, kept); busy_timeout and synchronous are per connection.
        // synchronous=FULL: a denied call's record is on disk before its 403 leaves.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        // Microsoft.Data.Sqlite begins transactions IMMEDIATE: the write lock is already held.
        Task.CompletedTask;

    public Task<ChainClaim?> TryClaimChainAsync(string instance, CancellationToken cancellationToken) =>
        // Several gateways share PostgreSQL, not a SQLite file; guarding the file would need a lock file that a crash leaves behind.
        Task.FromResult<ChainClaim?>(ChainClaim.Unguarded);
}
