namespace PolicyGateway.Recording;

public sealed partial class DecisionJournal
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Recording decisions to {Store}, chain {Instance} at record {Seq}")]
    private partial void LogStarted(string store, string instance, long seq);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Error, Message = "Decision store unavailable: {Count} record(s) spooled to {SpoolPath} for replay")]
    private partial void LogStoreDown(Exception exception, int count, string spoolPath);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Replayed {Count} spooled record(s) into {Store}")]
    private partial void LogReplayed(int count, string store);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Warning, Message = "Decision store still unavailable; {Count} record(s) stay spooled: {Reason}")]
    private partial void LogReplayFailed(int count, string reason);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Critical, Message = "{Count} decision record(s) from {FirstId} could be written neither to the store nor to the spool")]
    private partial void LogRecordsLost(Exception exception, int count, string firstId);

    [LoggerMessage(EventId = 9006, Level = LogLevel.Information, Message = "Retention: purged {Count} record(s) through chain record {Seq} (older than {OlderThan:o})")]
    private partial void LogPurged(long count, long seq, DateTimeOffset olderThan);
}
