using System.Buffers.Binary;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
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

    /// <summary>
    /// A session advisory lock keyed by the instance id, on a connection kept open while the gateway runs: a second
    /// gateway configured with the same id would fork the chain (both appending the same sequence numbers), so it must
    /// not start. Advisory locks are per database, like the store.
    /// </summary>
    public async Task<ChainClaim?> TryClaimChainAsync(string instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT pg_try_advisory_lock(@key)";
            command.Parameters.AddWithValue("key", ChainLockKey(instance));
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new ChainClaim(connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>64 bits of a hash of the id, so any id maps to one lock; a collision between two ids is negligible.</summary>
    private static long ChainLockKey(string instance) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("policygateway.chain/" + instance)));
}
