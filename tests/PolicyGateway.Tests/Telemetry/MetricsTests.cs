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
