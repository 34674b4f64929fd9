using BenchmarkDotNet.Attributes;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Benchmarks;

/// <summary>
/// The decision-store writer on SQLite (synchronous=FULL, so every transaction is a disk flush): one batch of
/// allowed-call records per operation, chained as the journal chains them. Divide by the batch size for the cost per
/// recorded call; the gap between batch sizes is what a commit costs on its own. On <see cref="AppendStorage.Disk"/>
/// the flush dominates and varies with whatever else uses the disk; on <see cref="AppendStorage.Tmpfs"/> (/dev/shm,
/// where a flush returns at once) what remains is the writer's own CPU: binding, SQLite's insert, the chain hash.
/// Run: dotnet run -c Release --project tests/PolicyGateway.Benchmarks -- --filter '*DecisionStoreAppend*'
/// </summary>
[MemoryDiagnoser]
public class DecisionStoreAppendBenchmarks
{
    private string _directory = null!;
    private SqlDecisionStore _store = null!;
    private ChainHead _head = ChainHead.Genesis;
    private long _next;

    [Params(1, 8, 64)]
    public int BatchSize { get; set; }

    [Params(AppendStorage.Disk, AppendStorage.Tmpfs)]
    public AppendStorage Storage { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = Storage == AppendStorage.Tmpfs ? "/dev/shm" : Path.GetTempPath();
        _directory = Path.Combine(root, "pgw-append-" + Guid.NewGuid().ToString("N"));
        _store = new SqlDecisionStore(new SqliteDialect(Path.Combine(_directory, "decisions.db")));
        _store.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public Task Append_one_batch() => _store.AppendAsync(NextBatch(), CancellationToken.None);

    /// <summary>Records shaped like the load test's: an allowed 2 KB chat, no evidence, six intent scores.</summary>
    private DecisionRecord[] NextBatch()
    {
        var batch = new DecisionRecord[BatchSize];
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        for (var i = 0; i < batch.Length; i++)
        {
            var record = new DecisionRecord
            {
                Id = $"dec_{now:x12}{++_next:x20}",
                Instance = "bench",
                Seq = _head.Seq + 1,
                Time = DateTimeOffset.FromUnixTimeMilliseconds(now),
                CallerId = "demo-us-retail",
                Organization = "Demo Retail Inc.",
                Sector = "commercial",
                Country = "US",
                ActsFor = [],
                Method = "POST",
                Route = "/openai/deployments/gpt-4o/chat/completions",
                Api = "ChatCompletions",
                Deployment = "gpt-4o",
                Action = "allow",
                EnforcedRules = [],
                ShadowRules = [],
                Intents = new Dictionary<string, double>
                {
                    ["facial_recognition"] = 0.0123, ["realtime"] = 0, ["mobile_camera"] = 0, ["in_the_wild"] = 0,
                    ["watchlist_match"] = 0, ["law_enforcement_context"] = 0,
                },
                Evidence = [],
                BodySha256 = new string('a', 64),
                ClientAddress = "127.0.0.1",
                UserAgent = "wrk",
                UpstreamStatus = 200,
                UpstreamLatencyMs = 0.512,
                DecisionMs = 0.031,
                PolicyVersion = "0123456789ab",
                ModelVersion = "sem-73703f909c59",
                PrevHash = _head.Hash,
            };
            record = record with { Hash = ChainHash.Compute(record) };
            _head = new ChainHead(record.Seq, record.Hash);
            batch[i] = record;
        }
        return batch;
    }
}
