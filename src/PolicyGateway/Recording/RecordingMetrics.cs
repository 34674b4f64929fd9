namespace PolicyGateway.Recording;

/// <summary>
/// Names of the recording path's instruments, under the meter <c>PolicyGateway.Recording</c>. The instruments
/// themselves live in the components whose state they observe (<see cref="DecisionJournal"/>'s queue,
/// <see cref="DecisionSpool"/>'s file), so a gauge can never drift from what it reports on.
/// </summary>
public static class RecordingMetrics
{
    public const string MeterName = "PolicyGateway.Recording";

    /// <summary>Allowed calls' records waiting in the journal's queue for the batching writer.</summary>
    public const string QueueDepth = "policygateway.recording.queue.depth";

    /// <summary>Records in the local spool, waiting for the store to answer again.</summary>
    public const string SpoolRecords = "policygateway.recording.spool.records";

    /// <summary>Size of the local spool file.</summary>
    public const string SpoolSize = "policygateway.recording.spool.size";
}
