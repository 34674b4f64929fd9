using System.Data.Common;

namespace PolicyGateway.Recording.Store;

/// <summary>
/// This process's claim on one instance's chain, held until disposed. On PostgreSQL it is a session advisory lock on
/// a connection kept open for the purpose (the server drops it when the process dies); SQLite holds nothing.
/// </summary>
public sealed class ChainClaim(DbConnection? connection) : IAsyncDisposable
{
    /// <summary>Nothing to hold: a SQLite file is used by the processes of one host only.</summary>
    public static ChainClaim Unguarded => new(null);

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            // Closing the session releases its advisory locks.
            await connection.DisposeAsync();
        }
    }
}
