namespace PolicyGateway.Recording.Store;

/// <summary>The last record of an instance's chain: the next record gets <see cref="Seq"/> + 1 and links to <see cref="Hash"/>.</summary>
public sealed record ChainHead(long Seq, string Hash)
{
    /// <summary>What the first record of a chain links to.</summary>
    public static ChainHead Genesis { get; } = new(0, new string('0', 64));
}
