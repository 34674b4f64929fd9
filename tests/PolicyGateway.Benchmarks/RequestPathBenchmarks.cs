using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using PolicyGateway.Callers;
using PolicyGateway.Decisions;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Semantic;
using PolicyGateway.Policy;
using PolicyGateway.Recording;

namespace PolicyGateway.Benchmarks;

/// <summary>
/// What the full gateway does per allowed call of the load test (tests/load/chat-2kb.lua) on top of a bare
/// pass-through, piece by piece and with the gateway's own classifier (both stages): the decision, and the facts and
/// record that go to the journal. The load test shows the sum; this shows which piece costs (and allocates) what.
/// Run: dotnet run -c Release --project tests/PolicyGateway.Benchmarks -- --filter '*RequestPath*'
/// </summary>
[MemoryDiagnoser]
public class RequestPathBenchmarks
{
    private DecisionEngine _engine = null!;
    private SemanticIntentClassifier _classifier = null!;
    private Caller _retail = null!;
    private byte[] _loadTestChat = null!;
    private Decision _decision = null!;
    private DefaultHttpContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        var policies = PolicyDirectoryLocator.FindAbove(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException("policies/ not found above " + AppContext.BaseDirectory);
        var snapshot = PolicyLoader.Load(policies, demoCallersFile: Path.Combine(policies, "demo", "callers.yaml"));
        _classifier = SemanticIntentClassifier.CreateDefault();
        _engine = new DecisionEngine(() => snapshot, _classifier);
        _retail = snapshot.Callers.FindById("demo-us-retail")!;
        var filler = string.Concat(Enumerable.Repeat("Summarise the quarterly sales figures for the northern region and list three follow-up actions. ", 20));
        _loadTestChat = Encoding.UTF8.GetBytes(
            $$"""{"messages":[{"role":"system","content":"You are a helpful business analyst."},{"role":"user","content":"{{filler}}"}],"max_tokens":64}""");
        _decision = Decide();
        _context = new DefaultHttpContext();
        _context.Connection.RemoteIpAddress = IPAddress.Loopback;
        _context.Request.Headers.UserAgent = "wrk";
    }

    [GlobalCleanup]
    public void Cleanup() => _classifier.Dispose();

    /// <summary>Route, read, both classifier stages (this request has no cue, so the learned stage stops early), evaluate.</summary>
    [Benchmark(Baseline = true)]
    public Decision Decide() =>
        _engine.Decide(new DecisionRequest(_retail, "POST", "/openai/deployments/gpt-4o/chat/completions", "application/json", _loadTestChat));

    /// <summary>The request's facts (body hash, address, user agent) and the record enqueued after the response.</summary>
    [Benchmark]
    public object FactsAndRecord()
    {
        var facts = RequestFacts.From(_context, _retail, _loadTestChat, hasBody: true);
        var outcome = facts with { UpstreamStatus = 200, UpstreamLatencyMs = 0.5 };
        return DecisionRecordFactory.Create(_decision, outcome, "bench");
    }
}
