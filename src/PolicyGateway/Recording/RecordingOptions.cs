namespace PolicyGateway.Recording;

/// <summary>The <c>Gateway:Recording</c> section: where decisions are stored and how they are written.</summary>
public sealed class RecordingOptions
{
    public const string SectionName = "Gateway:Recording";

    /// <summary>
    /// Empty: embedded SQLite at <see cref="SqlitePath"/>. A PostgreSQL connection string (<c>Host=…;Database=…</c>)
    /// selects PostgreSQL; a SQLite one (<c>Data Source=…</c>) selects SQLite at that file.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Holds the SQLite file and the spool file unless they are set one by one. Relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The SQLite file; default <c>{DataDirectory}/decisions.db</c>. Created with its directory on first start.</summary>
    public string? SqlitePath { get; set; }

    /// <summary>Where records wait, in order, while the store is down; default <c>{DataDirectory}/decisions.spool.jsonl</c>.</summary>
    public string? SpoolPath { get; set; }

    /// <summary>This gateway's chain name. Gateways sharing one PostgreSQL store must each have their own.</summary>
    public string Instance { get; set; } = Environment.MachineName.ToLowerInvariant();

    /// <summary>Share of plain allows (no rule matched) recorded, 0–1. Denied and would-deny decisions are always recorded.</summary>
    public double AllowedSampleRate { get; set; } = 1.0;

    /// <summary>Allowed calls' records waiting for the writer; when full, requests wait (records are never dropped).</summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Most records inserted in one transaction.</summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>
    /// How long the writer lets allowed calls' records gather after the first one arrives before it commits them,
    /// unless <see cref="BatchSize"/> fills first. Each commit is a synchronous disk flush, so at thousands of calls a
    /// second a few milliseconds turn hundreds of small transactions into a few large ones. Zero commits whatever is
    /// queued at once. Denials never wait: they are committed before their 403.
    /// </summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(5);

    /// <summary>How often a non-empty spool is replayed into the store.</summary>
    public TimeSpan ReplayInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Records older than this are purged (the purge is itself recorded); zero keeps everything.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Off by default: records keep redacted 60-character excerpts only. On, each record also keeps the whole request
    /// body as text (a realtime event's JSON), for an operator who must see exactly what was sent. Logged as a warning
    /// at start, because the store then holds prompts.
    /// </summary>
    public bool FullCapture { get; set; }

    /// <summary>How often the retention job looks for records to purge.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    public string ResolvedSqlitePath => Path.GetFullPath(SqlitePath ?? Path.Combine(DataDirectory, "decisions.db"));

    public string ResolvedSpoolPath => Path.GetFullPath(SpoolPath ?? Path.Combine(DataDirectory, "decisions.spool.jsonl"));
}
