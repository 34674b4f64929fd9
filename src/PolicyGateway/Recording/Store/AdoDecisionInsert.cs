using System.Data.Common;

namespace PolicyGateway.Recording.Store;

/// <summary>The insert as a prepared ADO.NET command with named parameters: what PostgreSQL uses.</summary>
internal sealed class AdoDecisionInsert : IDecisionInsert
{
    private readonly DbCommand _command;

    private AdoDecisionInsert(DbCommand command) => _command = command;

    public static async Task<AdoDecisionInsert> PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        try
        {
            command.CommandText = DecisionRows.InsertSql;
            DecisionRows.AddParameters(command);
            await command.PrepareAsync(cancellationToken);
            return new AdoDecisionInsert(command);
        }
        catch
        {
            await command.DisposeAsync();
            throw;
        }
    }

    public async Task ExecuteAsync(DecisionRecord record, DbTransaction transaction, CancellationToken cancellationToken)
    {
        _command.Transaction = transaction;
        DecisionRows.SetValues(_command, record);
        await _command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
