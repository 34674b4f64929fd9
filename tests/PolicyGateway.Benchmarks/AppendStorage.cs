namespace PolicyGateway.Benchmarks;

/// <summary>Where <see cref="DecisionStoreAppendBenchmarks"/> keeps its SQLite file.</summary>
public enum AppendStorage
{
    /// <summary>The temp directory on the machine's disk: every commit waits for a real flush.</summary>
    Disk,

    /// <summary>/dev/shm: a flush returns at once, leaving the writer's CPU cost.</summary>
    Tmpfs,
}
