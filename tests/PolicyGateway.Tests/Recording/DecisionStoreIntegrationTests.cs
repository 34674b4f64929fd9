using PolicyGateway.Tests.Hardening;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using PolicyGateway.Recording;
using PolicyGateway.Recording.Store;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Recording;

/// <summary>The real gateway writing to its real SQLite store.</summary>
public sealed class DecisionStoreIntegrationTests
{
    private const string Prompt = "Identify the man in this body-camera still by matching his face against our mugshot database.";

    [Fact]
    public async Task A_denied_call_is_in_the_store_when_its_403_arrives()
    {
        await using var host = await GatewayHost.StartAsync();
        using var client = host.CreateHttpClient();
        var body = $$"""{"model":"gpt-4o","messages":[{"role":"user","content":"{{Prompt}}"}]}""";
        using var request = JsonRequests.Post("/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21", body, DemoKeys.UsPolice);
        request.Headers.UserAgent.ParseAdd("store-test/1.0");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        // Read at once, without waiting: the record was committed before the 403 was written.
        await using var store = DecisionStoreFactory.Create(new RecordingOptions { DataDirectory = host.DataDirectory });
        var record = await store.GetAsync(response.Headers.GetValues("x-policy-decision-id").Single(), CancellationToken.None);
        Assert.NotNull(record);
        Assert.Equal(("deny", "demo-us-police", "law_enforcement", "US", "US-IL"), (record.Action, record.CallerId, record.Sector, record.Country, record.Subdivision));
        Assert.Contains("us-police-facial-recognition", record.EnforcedRules);
        Assert.Equal(("gpt-4o", "ChatCompletions", "store-test/1.0"), (record.Deployment, record.Api, record.UserAgent));
        Assert.Equal(RequestFacts.Sha256(Encoding.UTF8.GetBytes(body)), record.BodySha256);
        Assert.NotEmpty(record.Evidence);
        Assert.All(record.Evidence, e => Assert.InRange(e.Excerpt.Length, 0, RecordedEvidence.MaxExcerptChars));
        Assert.True(record.Intents["facial_recognition"] > 0.5);
        Assert.False(string.IsNullOrEmpty(record.ModelVersion));
        var stored = JsonSerializer.Serialize(record, RecordJson.Options);
        Assert.DoesNotContain(Prompt, stored);
        Assert.DoesNotContain(DemoKeys.UsPolice, stored);
    }

    [Fact]
    public async Task Allowed_calls_are_recorded_with_upstream_status_and_flushed_on_shutdown()
    {
        var host = await GatewayHost.StartAsync();
        var ids = new List<string>();
        try
        {
            using var client = host.CreateHttpClient();
            for (var i = 0; i < 20; i++)
            {
                using var request = JsonRequests.Post("/openai/v1/chat/completions", """{"model":"gpt-4o","messages":[{"role":"user","content":"Plan a team offsite."}]}""", DemoKeys.UsRetail);
                using var response = await client.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                ids.Add(response.Headers.GetValues("x-policy-decision-id").Single());
            }
        }
        finally
        {
            await host.App.StopAsync();
        }

        await using var store = DecisionStoreFactory.Create(new RecordingOptions { DataDirectory = host.DataDirectory });
        var page = await store.QueryAsync(new DecisionQuery(Caller: "demo-us-retail"), CancellationToken.None);
        Assert.Equal(ids.Order(StringComparer.Ordinal), page.Decisions.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(page.Decisions, d => Assert.Equal((200, "allow"), (d.UpstreamStatus!.Value, d.Action)));
        Assert.All(page.Decisions, d => Assert.True(d.UpstreamLatencyMs > 0));
        await host.DisposeAsync();
    }

    [Fact]
    public async Task Realtime_events_are_recorded_with_their_session_and_a_denied_one_before_its_error_event()
    {
        await using var host = await GatewayHost.StartAsync();
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("api-key", DemoKeys.UsPolice);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(new UriBuilder(new Uri(host.BaseAddress, "openai/v1/realtime?model=gpt-realtime")) { Scheme = "ws" }.Uri, timeout.Token);
        Assert.Equal("session.created", (await RealtimeFrames.ReceiveAsync(socket, timeout.Token)).GetProperty("type").GetString());

        await RealtimeFrames.SendAsync(socket, """{"type":"session.update","session":{"instructions":"Be brief."}}""", timeout.Token);
        await RealtimeFrames.SendAsync(socket, """
            {"type":"conversation.item.create","item":{"type":"message","role":"user","content":[
              {"type":"input_text","text":"Live feed from the officer's body camera on patrol: identify each face you see against our mugshot database."}]}}
            """, timeout.Token);
        JsonElement error;
        do
        {
            error = await RealtimeFrames.ReceiveAsync(socket, timeout.Token);
        }
        while (error.GetProperty("type").GetString() != "error");

        await using var store = DecisionStoreFactory.Create(new RecordingOptions { DataDirectory = host.DataDirectory });
        var decisionId = error.GetProperty("event_id").GetString()!["evt_".Length..];
        var denied = await store.GetAsync(decisionId, CancellationToken.None);
        Assert.NotNull(denied);
        Assert.Equal(("deny", "Realtime"), (denied.Action, denied.Api));
        Assert.StartsWith("rts_", denied.SessionId);
        Assert.True(await Eventually.TrueAsync(async () =>
            (await store.QueryAsync(new DecisionQuery(Caller: "demo-us-police"), CancellationToken.None)).Decisions
                .Any(d => d.Action == "allow" && d.SessionId == denied.SessionId)));
    }
}
