using System.Net;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Telemetry;

[Collection(TelemetryCollection.Name)]
public sealed class MetricsTests
{
    private const string ChatPath = "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21";
    private const string Denied = """{"messages":[{"role":"user","content":"Identify the man in this body-camera still by matching his face against our mugshot database."}]}""";
    private const string Shadowed = """{"messages":[{"role":"user","content":"For the prosecution file: compare the custody photograph of the suspect we arrested yesterday with this still from the shop's recorded CCTV footage and tell us whether it is the same person."}]}""";
    private const string Plain = """{"messages":[{"role":"user","content":"Write a haiku about autumn."}]}""";

    [Fact]
    public async Task Metrics_count_decisions_by_action_rule_and_api_and_time_decisions_and_upstream_calls()
    {
        // Exact counts by rule: a decision that overran the default budget on a busy machine would count as fail-closed.
        await using var gateway = await GatewayHost.StartAsync(1, null, "--Gateway:Inspection:DecisionBudget=00:00:10");
        using var client = gateway.CreateHttpClient();
        var sent = new (string Key, string Body, HttpStatusCode Status)[]
        {
            (DemoKeys.UsPolice, Denied, HttpStatusCode.Forbidden),
            (DemoKeys.UsPolice, Denied, HttpStatusCode.Forbidden),
            (DemoKeys.UkPolice, Shadowed, HttpStatusCode.OK),
            (DemoKeys.UsRetail, Plain, HttpStatusCode.OK),
            (DemoKeys.UsRetail, Plain, HttpStatusCode.OK),
        };
        foreach (var (key, body, status) in sent)
        {
            using var response = await client.SendAsync(JsonRequests.Post(ChatPath, body, key));
            Assert.Equal(status, response.StatusCode);
        }

        var scrape = new PrometheusScrape(await client.GetStringAsync("/metrics"));

        var chat = ("policygateway_api", "chat_completions");
        Assert.Equal(2, scrape.Sum("policygateway_decisions_total", ("policygateway_action", "deny"), ("policygateway_rule", "us-police-facial-recognition"), chat));
        Assert.Equal(3, scrape.Sum("policygateway_decisions_total", ("policygateway_action", "allow"), ("policygateway_rule", "none"), chat));
        // Nothing else was decided: the start-up warm-up is not counted as traffic.
        Assert.Equal(5, scrape.Sum("policygateway_decisions_total"));
        Assert.Equal(3, scrape.Sum("policygateway_decision_rule_matches_total", ("policygateway_rule", "facial-identification-any-caller"), ("policygateway_rule_mode", "shadow")));
        Assert.Equal(5, scrape.Sum("policygateway_decision_duration_seconds_count"));
        Assert.Equal(5, scrape.Sum("policygateway_classification_duration_seconds_count"));
        // Requests carry the decision too, on ASP.NET Core's own request metric.
        Assert.Equal(2, scrape.Sum("http_server_request_duration_seconds_count", ("policygateway_action", "deny"), ("http_response_status_code", "403")));
        // Only allowed calls reach the upstream, recorded under the destination that served them.
        Assert.Equal(3, scrape.Sum("policygateway_upstream_duration_seconds_count", ("policygateway_upstream_destination", "upstream-00"), ("http_response_status_code", "200")));
        // The classifier's own meter is exported as well.
        Assert.Contains("policygateway_intent_semantic", scrape.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_load_run_metrics_decision_counts_by_action_equal_the_store_and_the_recording_gauges_are_exported()
    {
        // A generous budget: on a busy machine an overrun would still count the same in both places, but is not what this checks.
        await using var gateway = await GatewayHost.StartAsync(1, null, "--Gateway:Inspection:DecisionBudget=00:00:30");
        using var client = gateway.CreateHttpClient();
        client.Timeout = TimeSpan.FromMinutes(2);

        var sent = await MixedTraffic.SendAsync(client, count: 300, clients: 8);

        // Allowed calls are recorded after their response, through the queue: wait until the store holds every decision.
        IReadOnlyDictionary<string, long> stored = new Dictionary<string, long>();
        Assert.True(await Eventually.TrueAsync(async () => (stored = await StoreCounts.ByActionAsync(client)).Total() >= sent.Total, TimeSpan.FromMinutes(2)),
            $"the store holds {stored.Total()} of {sent.Total} decisions");
        var scrape = new PrometheusScrape(await client.GetStringAsync("/metrics"));

        Assert.Equal(300, sent.Total);
        Assert.Equal(sent.Total, stored.Total());
        // The store tells an allow that matched a shadow rule ("shadow") from a plain allow; the metric counts both as allow.
        Assert.Equal(stored.Get("deny"), scrape.Sum("policygateway_decisions_total", ("policygateway_action", "deny")));
        Assert.Equal(stored.Get("allow") + stored.Get("shadow"), scrape.Sum("policygateway_decisions_total", ("policygateway_action", "allow")));
        Assert.Equal(stored.Total(), scrape.Sum("policygateway_decisions_total"));
        // And both agree with what the clients saw.
        Assert.Equal(sent.Denied, stored.Get("deny"));
        Assert.Equal(sent.Allowed, stored.Get("allow") + stored.Get("shadow"));

        // Every forwarded call is timed by destination and status.
        Assert.Equal(sent.Allowed, scrape.Sum("policygateway_upstream_duration_seconds_count", ("policygateway_upstream_destination", "upstream-00"), ("http_response_status_code", "200")));
        // Everything is stored, so nothing waits in the queue or the spool, and the gauges say so.
        foreach (var gauge in new[] { "policygateway_recording_queue_depth", "policygateway_recording_spool_records", "policygateway_recording_spool_size_bytes" })
        {
            Assert.True(scrape.Has(gauge), gauge + " is not exported");
            Assert.Equal(0, scrape.Sum(gauge));
        }
    }

    [Fact]
    public async Task An_invalid_telemetry_setting_stops_start_up_naming_it()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(async () =>
        {
            await using var gateway = await GatewayHost.StartAsync(1, null, "--Gateway:Telemetry:MetricsPath=/openai/metrics");
        });
        Assert.Contains("Gateway:Telemetry:MetricsPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_can_be_switched_off()
    {
        await using var gateway = await GatewayHost.StartAsync(1, null, "--Gateway:Telemetry:PrometheusEnabled=false");
        using var client = gateway.CreateHttpClient();
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
