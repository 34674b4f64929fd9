using System.Data.Common;
using Npgsql;

namespace PolicyGateway.Recording.Store;

/// <summary>PostgreSQL, for several gateway instances sharing one store (each keeps its own chain).</summary>
public sealed class PostgresDialect : ISqlDialect, IAsyncDisposable
{
    /// <summary>Arbitrary but fixed: every gateway instance takes the same advisory lock while migrating.</summary>
    private const long MigrationLockKey = 0x5047_5744_6563;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public string Description { get; }

    public IReadOnlyList<Migration> Migrations { get; } = DecisionSchema.Migrations("BIGINT", "DOUBLE PRECISION");

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await _dataSource.OpenConnectionAsync(cancellationToken);

    public async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({MigrationLockKey})";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
