namespace PolicyGateway.Policy;

public sealed class PolicyStoreOptions
{
    /// <summary>Reload when a file in the directory changes. Off for one-shot tools such as <c>validate</c>.</summary>
    public bool Watch { get; init; } = true;

    /// <summary>How long the directory must be quiet before reloading: editors and <c>git checkout</c> write files in bursts.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Demo mode only: the demo caller registry merged into callers.yaml's. Null (production) never reads it.</summary>
    public string? DemoCallersFile { get; init; }
}
