namespace PolicyGateway.Recording.Store;

/// <summary>One page of decisions; <see cref="Next"/> is the cursor for the following page, null on the last.</summary>
public sealed record DecisionPage(IReadOnlyList<DecisionRecord> Decisions, string? Next);
