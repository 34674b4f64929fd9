namespace PolicyGateway.Recording.Store;

/// <summary>What a stored record is: a decision, or a retention purge (chained like a decision so the chain still verifies).</summary>
public enum RecordKind
{
    Decision,
    Purge,
}
