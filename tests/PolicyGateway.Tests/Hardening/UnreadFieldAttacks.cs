using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.ML.Tokenizers;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Hardening;

/// <summary>Defect 5: case-variant fields (at any depth), unknown realtime events and token-id prompts are read like any text.</summary>
public sealed class UnreadFieldAttacks : GatewayTest
{
    [Fact]
    public async Task Case_variant_Messages_field_is_read_and_denied()
    {
        using var client = Host.CreateHttpClient();
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["model"] = "gpt-4o",
            ["Messages"] = new[] { new { role = "user", content = Attacks.Prohibited } },
        });

        using var response = await client.SendAsync(JsonRequests.Post("/openai/v1/chat/completions", body, DemoKeys.UsPolice));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    /// <summary>The prohibited ask hidden below the top level, where a reader that matched names exactly used to skip it.</summary>
    [Theory]
    [InlineData("/openai/v1/chat/completions", """{"model":"gpt-4o","messages":[{"role":"user","Content":"ASK"}]}""")]
    [InlineData("/openai/v1/chat/completions", """{"model":"gpt-4o","messages":[{"role":"user","content":[{"type":"text","Text":"ASK"}]}]}""")]
    [InlineData("/openai/v1/chat/completions", """{"model":"gpt-4o","messages":[{"role":"user","content":"Hello","x_context":{"note":"ASK"}}]}""")]
    [InlineData("/openai/v1/chat/completions", """{"model":"gpt-4o","messages":[{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"lookup","Arguments":"ASK"}}]},{"role":"tool","tool_call_id":"c1","content":"done"}]}""")]
    [InlineData("/openai/v1/responses", """{"model":"gpt-4o","input":[{"role":"user","CONTENT":[{"type":"input_text","Text":"ASK"}]}]}""")]
    [InlineData("/openai/v1/responses", """{"model":"gpt-4o","input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"Hello","Text":"ASK"}]}]}""")]
    public async Task Case_variant_or_unknown_nested_field_is_read_and_denied(string path, string body)
    {
        using var client = Host.CreateHttpClient();

        using var response = await client.SendAsync(JsonRequests.Post(path, body.Replace("ASK", Attacks.Prohibited, StringComparison.Ordinal), DemoKeys.UsPolice));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task Case_variant_field_inside_a_realtime_item_is_read_and_denied()
    {
        await AssertRealtimeEventDeniedAsync(JsonSerializer.Serialize(new
        {
            type = "conversation.item.create",
            item = new Dictionary<string, object>
            {
                ["type"] = "message",
                ["role"] = "user",
                ["Content"] = new[] { new Dictionary<string, string> { ["type"] = "input_text", ["TEXT"] = Attacks.Prohibited } },
            },
        }));
    }

    [Theory]
    [InlineData("o200k_base", "/openai/v1/completions")]
    [InlineData("cl100k_base", "/openai/deployments/text-embedding-3-small/embeddings?api-version=2024-10-21")]
    public async Task Token_id_prompt_is_decoded_and_denied(string encoding, string path)
    {
        var ids = TiktokenTokenizer.CreateForEncoding(encoding).EncodeToIds(Attacks.Prohibited);
        var field = path.Contains("embeddings", StringComparison.Ordinal) ? "input" : "prompt";
        var body = $$"""{"model":"gpt-4o","{{field}}":[[{{string.Join(',', ids)}}]]}""";
        using var client = Host.CreateHttpClient();

        using var response = await client.SendAsync(JsonRequests.Post(path, body, DemoKeys.UsPolice));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task Unknown_realtime_event_type_carrying_text_is_read_and_denied()
    {
        await AssertRealtimeEventDeniedAsync(JsonSerializer.Serialize(new { type = "conversation.item.add", event_id = "evt_1", text = Attacks.Prohibited }));
    }

    /// <summary>Sends one client event as a US police caller: the session must answer a policy error and close with 1008, forwarding nothing of it.</summary>
    private async Task AssertRealtimeEventDeniedAsync(string clientEvent)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var socket = await RealtimeFrames.ConnectAsync(Host.BaseAddress, DemoKeys.UsPolice, timeout.Token);
        await RealtimeFrames.SendAsync(socket, clientEvent, timeout.Token);

        var error = await RealtimeFrames.ReceiveAsync(socket, timeout.Token);
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("us-police-facial-recognition", error.GetProperty("error").GetProperty("code").GetString());
        await RealtimeFrames.ReceiveCloseAsync(socket, timeout.Token);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, socket.CloseStatus);
        Assert.DoesNotContain(Host.Emulator.Recorder.Snapshot(), r => Encoding.UTF8.GetString(r.Body).Contains("mugshot", StringComparison.Ordinal));
    }
}
