namespace PolicyGateway.Recording.Store;

/// <summary>How many decisions fell in one time bucket for one rule, caller or action.</summary>
/// <param name="Dimension"><c>rule</c> (enforced and shadow matches), <c>denied_rule</c> (enforced matches: denials),
/// <c>caller</c> or <c>action</c>.</param>
public sealed record AggregateRow(DateTimeOffset Bucket, string Dimension, string Key, long Count);
