using System.Text;
using BenchmarkDotNet.Attributes;
using PolicyGateway.Callers;
using PolicyGateway.Decisions;
using PolicyGateway.Intent;
using PolicyGateway.Policy;

namespace PolicyGateway.Benchmarks;

/// <summary>
/// The whole decision step the gateway adds to a call (route, read, classify, evaluate) on the shipped policies,
/// for the same 2 KB request the load benchmark (tests/load) sends.
/// Run: dotnet run -c Release --project tests/PolicyGateway.Benchmarks -- --filter '*DecisionEngine*'
/// </summary>
[MemoryDiagnoser]
public class DecisionEngineBenchmarks
{
    private DecisionEngine _engine = null!;
    private Caller _retail = null!;
    private Caller _police = null!;
    private byte[] _loadTestChat = null!;
    private byte[] _deniedChat = null!;

    [GlobalSetup]
    public void Setup()
    {
        var policies = PolicyDirectoryLocator.FindAbove(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException("policies/ not found above " + AppContext.BaseDirectory);
        // The demo callers, as demo mode loads them: the benchmark decides for demo-us-retail and demo-us-police.
        var snapshot = PolicyLoader.Load(policies, demoCallersFile: Path.Combine(policies, "demo", "callers.yaml"));
        _engine = new DecisionEngine(() => snapshot, new IntentClassifier());
        _retail = snapshot.Callers.FindById("demo-us-retail")!;
        _police = snapshot.Callers.FindById("demo-us-police")!;
        var filler = string.Concat(Enumerable.Repeat("Summarise the quarterly sales figures for the northern region and list three follow-up actions. ", 20));
        _loadTestChat = Encoding.UTF8.GetBytes(
            $$"""{"messages":[{"role":"system","content":"You are a helpful business analyst."},{"role":"user","content":"{{filler}}"}],"max_tokens":64}""");
        _deniedChat = Encoding.UTF8.GetBytes(
            """{"messages":[{"role":"user","content":"Identify the man in this body-camera still by matching his face against our mugshot database."}]}""");
    }

    [Benchmark(Baseline = true)]
    public Decision Allowed_2KB_chat() =>
        _engine.Decide(new DecisionRequest(_retail, "POST", "/openai/deployments/gpt-4o/chat/completions", "application/json", _loadTestChat));

    [Benchmark]
    public Decision Denied_chat() =>
        _engine.Decide(new DecisionRequest(_police, "POST", "/openai/deployments/gpt-4o/chat/completions", "application/json", _deniedChat));
}
