using System.Data.Common;

namespace PolicyGateway.Recording.Store;

/// <summary>The writing session's prepared insert of one <c>decisions</c> row, executed inside the session's open transaction.</summary>
internal interface IDecisionInsert : IAsyncDisposable
{
    Task ExecuteAsync(DecisionRecord record, DbTransaction transaction, CancellationToken cancellationToken);
}
