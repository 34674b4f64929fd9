using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PolicyGateway.Recording.Store;

/// <summary>
/// The store's one writing session: a connection kept open with its insert prepared once. Opening a connection per
/// batch re-ran the SQLite pragmas and re-prepared the 39-column insert each time, which at thousands of recorded calls
/// a second was a large share of the writer's work. Every batch is still its own transaction, committed as before.
/// Not thread-safe: <see cref="SqlDecisionStore"/> serialises its use.
/// </summary>
internal sealed class DecisionWriter : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly IDecisionInsert _insert;

    private DecisionWriter(DbConnection connection, IDecisionInsert insert)
    {
        _connection = connection;
        _insert = insert;
    }

    public static async Task<DecisionWriter> OpenAsync(ISqlDialect dialect, CancellationToken cancellationToken)
    {
        var connection = await dialect.OpenAsync(cancellationToken);
        try
        {
            IDecisionInsert insert = connection is SqliteConnection sqlite
                ? SqliteDecisionInsert.Prepare(sqlite)
                : await AdoDecisionInsert.PrepareAsync(connection, cancellationToken);
            return new DecisionWriter(connection, insert);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Inserts the records in one transaction: all or none.</summary>
    public async Task AppendAsync(IReadOnlyList<DecisionRecord> records, CancellationToken cancellationToken)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        foreach (var record in records)
        {
            await _insert.ExecuteAsync(record, transaction, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
