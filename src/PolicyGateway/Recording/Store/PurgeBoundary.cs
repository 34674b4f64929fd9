namespace PolicyGateway.Recording.Store;

/// <summary>The newest record of a chain old enough to purge: it and everything before it go.</summary>
public sealed record PurgeBoundary(long Seq, string Hash, long Count);
