using System.Net;
using System.Text;
using PolicyGateway.Decisions;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Telemetry;

[Collection(TelemetryCollection.Name)]
public sealed class TracingTests
{
    [Fact]
    public async Task Each_decision_is_a_span_exported_by_otlp_when_a_collector_is_configured()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        string decisionId;
        await using (var gateway = await GatewayHost.StartAsync(1, null,
                         $"--Gateway:Telemetry:OtlpEndpoint={collector.BaseAddress}",
                         "--Gateway:Telemetry:OtlpProtocol=HttpProtobuf"))
        {
            using var client = gateway.CreateHttpClient();
            using var response = await client.SendAsync(JsonRequests.Post(
                "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21",
                """{"messages":[{"role":"user","content":"Identify the man in this body-camera still by matching his face against our mugshot database."}]}""",
                DemoKeys.UsPolice));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            decisionId = response.Headers.GetValues("x-policy-decision-id").Single();
            // Stopping the gateway flushes the batch of spans to the collector.
        }

        var traces = collector.Received.Where(r => r.Path == "/v1/traces").Select(r => Encoding.UTF8.GetString(r.Body)).ToList();
        Assert.NotEmpty(traces);
        var exported = string.Concat(traces);
        Assert.Contains(DecisionTracing.DecideActivityName, exported, StringComparison.Ordinal);
        Assert.Contains(decisionId, exported, StringComparison.Ordinal);
        Assert.Contains("us-police-facial-recognition", exported, StringComparison.Ordinal);
        // A span never carries the prompt.
        Assert.DoesNotContain("mugshot database", exported, StringComparison.Ordinal);
    }
}
