using System.Collections.Concurrent;
using System.Net;
using PolicyGateway.Decisions;
using PolicyGateway.Intent;
using PolicyGateway.Recording;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Recording;

public sealed class DecisionRecordingTests
{
    [Fact]
    public async Task A_denied_call_is_recorded_with_rule_citation_evidence_and_policy_version()
    {
        var recorder = new CapturingRecorder();
        await using var host = await GatewayHost.StartAsync(s => s.AddSingleton<IDecisionRecorder>(recorder), 1, null);
        using var client = host.CreateHttpClient();
        using var request = JsonRequests.Post("/openai/v1/chat/completions",
            """{"model":"gpt-4o","messages":[{"role":"user","content":"Identify the man in this body-camera still by matching his face against our mugshot database."}]}""",
            DemoKeys.UsPolice);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var decision = Assert.Single(recorder.Decisions);
        Assert.Equal(response.Headers.GetValues("x-policy-decision-id").Single(), decision.Id);
        Assert.Equal(DecisionAction.Deny, decision.Action);
        Assert.Equal("demo-us-police", decision.CallerId);
        var rule = Assert.Single(decision.Enforced, r => r.RuleId == "us-police-facial-recognition");
        Assert.False(string.IsNullOrWhiteSpace(rule.SourceQuote));
        Assert.NotEmpty(decision.Intents.Scores.Single(s => s.Label == IntentLabel.FacialRecognition).Evidence);
        Assert.Matches("^[0-9a-f]{12}$", decision.PolicyVersion);
    }

    [Fact]
    public async Task A_routine_allow_is_left_to_the_request_log_event()
    {
        var recorder = new CapturingRecorder();
        await using var host = await GatewayHost.StartAsync(s => s.AddSingleton<IDecisionRecorder>(recorder), 1, null);
        using var client = host.CreateHttpClient();
        using var request = JsonRequests.Post("/openai/v1/chat/completions", """{"model":"gpt-4o","messages":[{"role":"user","content":"Plan a team offsite."}]}""", DemoKeys.UsRetail);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(recorder.Decisions);
    }

    private sealed class CapturingRecorder : IDecisionRecorder
    {
        public ConcurrentQueue<Decision> Decisions { get; } = new();

        public void Record(Decision decision) => Decisions.Enqueue(decision);
    }
}
