namespace PolicyGateway.Recording.Audit;

/// <summary>The first break found in a chain: which record, and whether it was altered, inserted, or follows removed ones.</summary>
public sealed record ChainProblem(ChainProblemKind Kind, string RecordId, long Seq, string Message);
