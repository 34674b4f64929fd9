using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PolicyGateway.Recording.Audit;
using PolicyGateway.Recording.Store;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Recording;

/// <summary><c>Gateway:Recording:FullCapture</c>: off, the store keeps no prompt; on, it keeps the body and says so at start.</summary>
public sealed class FullCaptureTests
{
    private const string DeniedPrompt = "Identify the man in this body-camera still by matching his face against our mugshot database.";

    [Fact]
    public async Task By_default_no_request_body_is_stored_and_nothing_warns()
    {
        var logs = new CapturedLogs();
        await using var host = await GatewayHost.StartAsync(s => s.AddSingleton(logs.CreateFactory()), 1, null);

        var (id, record) = await DenyAndReadAsync(host);

        Assert.Equal(JsonValueKind.Null, record.GetProperty("capturedBody").ValueKind);
        Assert.DoesNotContain(DeniedPrompt, record.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.EventId.Id == 305);
        Assert.False(string.IsNullOrEmpty(id));
    }

    [Fact]
    public async Task Turned_on_the_whole_body_is_stored_warned_about_at_start_and_the_chain_still_verifies()
    {
        var logs = new CapturedLogs();
        await using var host = await GatewayHost.StartAsync(s => s.AddSingleton(logs.CreateFactory()), 1, null, "--Gateway:Recording:FullCapture=true");

        var (id, record) = await DenyAndReadAsync(host);

        var body = record.GetProperty("capturedBody").GetString();
        Assert.Contains(DeniedPrompt, body, StringComparison.Ordinal);
        var warning = Assert.Single(logs.Entries, e => e.EventId.Id == 305);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("FULL CAPTURE is ON", warning.Message, StringComparison.Ordinal);

        // The captured body is part of the record's hash: verify the chain, then show an edit of it is caught.
        var store = host.App.Services.GetRequiredService<IDecisionStore>();
        Assert.True((await ChainVerifier.VerifyAsync(store, CancellationToken.None)).All(r => r.Intact));
        var stored = await store.GetAsync(id, CancellationToken.None);
        Assert.NotEqual(stored!.Hash, ChainHash.Compute(stored with { CapturedBody = body + " edited" }));
    }

    private static async Task<(string Id, JsonElement Record)> DenyAndReadAsync(GatewayHost host)
    {
        using var client = host.CreateHttpClient();
        using var request = JsonRequests.Post("/openai/v1/chat/completions",
            JsonSerializer.Serialize(new { model = "gpt-4o", messages = new[] { new { role = "user", content = DeniedPrompt } } }), DemoKeys.UsPolice);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var id = response.Headers.GetValues("x-policy-decision-id").Single();

        using var get = new HttpRequestMessage(HttpMethod.Get, $"/admin/api/decisions/{id}");
        get.Headers.Add("x-admin-key", "pgw-admin-demo");
        using var detail = await client.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        return (id, JsonDocument.Parse(await detail.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
