namespace PolicyGateway.Recording.Store;

/// <summary>One piece of evidence as stored: which intent, which signal, where, and a redacted excerpt of at most 60 characters.</summary>
public sealed record RecordedEvidence(string Intent, string Signal, string Location, string Excerpt)
{
    public const int MaxExcerptChars = 60;
}
