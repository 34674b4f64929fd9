namespace PolicyGateway.Content;

/// <summary>
/// Bounds on the work one request may cause while its content is read; exceeding any of them is a
/// <see cref="ContentParseException"/>, so a hostile body cannot make the gateway spend unbounded time or memory.
/// </summary>
public sealed record ContentLimits
{
    public static ContentLimits Default { get; } = new();

    public int MaxBodyBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Parts per <see cref="RequestContent"/>; each nested batch line has its own budget.</summary>
    public int MaxParts { get; init; } = 10_000;

    public int MaxJsonDepth { get; init; } = 64;

    public int MaxImageBytes { get; init; } = 20 * 1024 * 1024;

    public int MaxBatchLines { get; init; } = 50_000;

    /// <summary>Characters in one text part; uploaded text files longer than this are split into chunks instead.</summary>
    public int MaxTextChars { get; init; } = 1024 * 1024;
}
