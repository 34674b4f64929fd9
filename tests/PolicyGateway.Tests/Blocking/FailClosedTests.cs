using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using PolicyGateway.Callers;
using PolicyGateway.Content;
using PolicyGateway.Decisions;
using PolicyGateway.Intent;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Blocking;

/// <summary>When no compliance decision can be made, nothing is forwarded unless the operator chose so for that API.</summary>
public sealed class FailClosedTests
{
    private const string Chat = """{"model":"gpt-4o","messages":[{"role":"user","content":"Plan a team offsite."}]}""";

    [Fact]
    public async Task A_classifier_past_its_budget_denies_the_request()
    {
        await using var host = await GatewayHost.StartAsync(SlowClassifier, 1, null, "--Gateway:Inspection:DecisionBudget=00:00:00.020");

        var (status, code, _) = await PostAsync(host, Chat);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(GatewayRules.FailClosedId, code);
        Assert.Empty(host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task An_api_configured_to_fail_open_is_forwarded_when_the_budget_is_overrun()
    {
        await using var host = await GatewayHost.StartAsync(SlowClassifier, 1, null,
            "--Gateway:Inspection:DecisionBudget=00:00:00.020", "--Gateway:Inspection:FailOpenApis:0=ChatCompletions");

        var (status, _, id) = await PostAsync(host, Chat);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(host.Emulator.Recorder.Snapshot());
        Assert.NotNull(id);
        // Forwarded because the budget was overrun and the operator chose to fail open, not because it was decided allowed.
        using var client = host.CreateHttpClient();
        string? record = null;
        Assert.True(await Eventually.TrueAsync(async () => (record = await RecordAsync(client, id)) is not null));
        using var json = JsonDocument.Parse(record!);
        Assert.Equal("allow", json.RootElement.GetProperty("action").GetString());
        Assert.Contains("over the budget", json.RootElement.GetProperty("failure").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fault_around_the_engine_refuses_without_forwarding()
    {
        await using var host = await GatewayHost.StartAsync(services => services.AddSingleton<IDecisionEngine, ThrowingEngine>(), 1, null);

        var (status, code, _) = await PostAsync(host, Chat);

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("inspection_failed", code);
        Assert.Empty(host.Emulator.Recorder.Snapshot());
    }

    private static async Task<string?> RecordAsync(HttpClient client, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/admin/api/decisions/{id}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", StoreCounts.DemoAdminKey);
        using var response = await client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
    }

    /// <summary>The gateway's clock moves 100 ms through every classification: a budget of 20 ms is overrun without a sleep.</summary>
    private static void SlowClassifier(IServiceCollection services)
    {
        var clock = new SteppedTimeProvider();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IIntentClassifier>(new SlowIntentClassifier(clock));
    }

    private static async Task<(HttpStatusCode Status, string? Code, string? DecisionId)> PostAsync(GatewayHost host, string json)
    {
        using var client = host.CreateHttpClient();
        using var request = JsonRequests.Post("/openai/v1/chat/completions", json, DemoKeys.UsRetail);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        string? code = null;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            using var error = JsonDocument.Parse(body);
            code = error.RootElement.GetProperty("error").GetProperty("code").GetString();
        }
        var decisionId = response.Headers.TryGetValues(GatewayHeaders.DecisionId, out var ids) ? ids.Single() : null;
        return (response.StatusCode, code, decisionId);
    }

    /// <summary>The real classifier, made slow on the gateway's clock: the warm-up decision at start-up is slow too, which is fine.</summary>
    private sealed class SlowIntentClassifier(SteppedTimeProvider clock) : IIntentClassifier
    {
        private readonly IntentClassifier _inner = new();

        public string Version => _inner.Version;

        public IntentResult Classify(RequestContent content)
        {
            clock.Advance(TimeSpan.FromMilliseconds(100));
            return _inner.Classify(content);
        }
    }

    private sealed class ThrowingEngine : IDecisionEngine
    {
        public Decision Decide(DecisionRequest request) => throw new InvalidOperationException("simulated engine fault");
    }
}
