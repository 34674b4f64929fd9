namespace PolicyGateway.Core.Tests.Policy;

/// <summary>
/// Tests that wait for a real file-system watcher and its debounce timer. Run alone: beside the CPU-bound intent
/// tests on two cores the timer callback can wait on the thread pool for longer than any sensible bound (a CI run
/// timed out at 10 s this way).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FileWatcherCollection
{
    public const string Name = "File watchers";

    /// <summary>An upper bound only: a passing run sees the reload within milliseconds.</summary>
    public static readonly TimeSpan ReloadBound = TimeSpan.FromSeconds(30);
}
