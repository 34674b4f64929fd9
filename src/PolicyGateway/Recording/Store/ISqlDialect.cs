using System.Data.Common;

namespace PolicyGateway.Recording.Store;

/// <summary>What differs between the SQL stores: connections, column types and how migrations are serialised.</summary>
public interface ISqlDialect
{
    string Description { get; }

    IReadOnlyList<Migration> Migrations { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Makes concurrent start-ups of several instances apply migrations one after the other.</summary>
    Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Claims one instance's chain for this process; null when another running process holds it.</summary>
    Task<ChainClaim?> TryClaimChainAsync(string instance, CancellationToken cancellationToken);
}
