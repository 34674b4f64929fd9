using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using PolicyGateway.Content;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Semantic;
using PolicyGateway.Intent.Training.Corpus;

namespace PolicyGateway.Benchmarks;

/// <summary>
/// What one real request with cues costs in the two-stage classifier: each iteration classifies one different
/// written corpus request that reaches the model (never the blind split), with the embedding cache off, so the
/// iteration times are the per-request distribution. Budget: p50 ≤ 25 ms, p99 ≤ 60 ms on the 2-core machine.
/// Run: <c>dotnet run -c Release --project tests/PolicyGateway.Benchmarks -- --filter *SemanticStage*</c>
/// </summary>
[Config(typeof(Config))]
public class SemanticStageBenchmarks
{
    private RequestContent[] _requests = [];
    private SemanticIntentClassifier? _classifier;
    private int _next;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithInvocationCount(1).WithUnrollFactor(1)
                .WithWarmupCount(20).WithIterationCount(400));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        var stage1 = new IntentClassifier();
        _classifier = new SemanticIntentClassifier(stage1, new MiniLmSentenceEmbedder(cacheCapacity: 0), SemanticModel.LoadEmbedded());
        _requests = [.. CorpusFiles.Load()
            .Where(e => e.Writer.StartsWith("train", StringComparison.Ordinal))
            .Select(CorpusRequestBuilder.Build)
            .Where(c => c.Parts.Any(p => p.Kind == ContentKind.Text) && Reaches(stage1, c))];
    }

    [Benchmark]
    public IntentResult ClassifyOneRealRequestWithCues() => _classifier!.Classify(_requests[_next++ % _requests.Length]);

    private static bool Reaches(IntentClassifier stage1, RequestContent content)
    {
        using var analysis = stage1.Analyze(content);
        return ClauseFinder.Find(analysis, SemanticOptions.Default.MaxClauses, SemanticOptions.Default.MaxClauseChars, out _).Count > 0;
    }
}
