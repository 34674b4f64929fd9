using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Forwarding;

public sealed class RealtimeWebSocketTests : GatewayTest
{
    [Theory]
    [InlineData("openai/realtime?api-version=2025-04-01-preview&deployment=gpt-4o-realtime-preview")]
    [InlineData("openai/v1/realtime?model=gpt-realtime")]
    public async Task Realtime_session_round_trips_events_through_the_gateway(string path)
    {
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("api-key", DemoKeys.UsRetail);
        var uri = new UriBuilder(new Uri(Host.BaseAddress, path)) { Scheme = "ws" }.Uri;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        await socket.ConnectAsync(uri, timeout.Token);
        Assert.Equal("session.created", await ReceiveTypeAsync(socket, timeout.Token));

        await SendAsync(socket, """{"type":"session.update","session":{"instructions":"Be brief."}}""", timeout.Token);
        Assert.Equal("session.updated", await ReceiveTypeAsync(socket, timeout.Token));

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        var upgrade = Host.Emulator.Recorder.Snapshot().First(r => r.Method == "GET");
        Assert.Equal(GatewayHost.UpstreamKey, upgrade.Headers["api-key"]);
    }

    [Fact]
    public async Task With_inspection_off_realtime_goes_through_the_plain_YARP_tunnel()
    {
        await using var bare = await GatewayHost.StartAsync(1, null, "--Gateway:Inspection:Enabled=false");
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("api-key", DemoKeys.UsRetail);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        await socket.ConnectAsync(new UriBuilder(new Uri(bare.BaseAddress, "openai/v1/realtime?model=gpt-realtime")) { Scheme = "ws" }.Uri, timeout.Token);

        Assert.Equal("session.created", await ReceiveTypeAsync(socket, timeout.Token));
        await SendAsync(socket, """{"type":"session.update","session":{"instructions":"Be brief."}}""", timeout.Token);
        Assert.Equal("session.updated", await ReceiveTypeAsync(socket, timeout.Token));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
    }

    [Fact]
    public async Task A_browser_style_key_subprotocol_authenticates_and_is_not_forwarded()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("realtime");
        socket.Options.AddSubProtocol("openai-insecure-api-key." + DemoKeys.UsRetail);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        await socket.ConnectAsync(new UriBuilder(new Uri(Host.BaseAddress, "openai/v1/realtime?model=gpt-realtime")) { Scheme = "ws" }.Uri, timeout.Token);

        Assert.Equal("session.created", await ReceiveTypeAsync(socket, timeout.Token));
        var upgrade = Host.Emulator.Recorder.Snapshot().First(r => r.Method == "GET");
        Assert.Equal(GatewayHost.UpstreamKey, upgrade.Headers["api-key"]);
        Assert.DoesNotContain(DemoKeys.UsRetail, string.Join("\n", upgrade.Headers.Values));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
    }

    [Fact]
    public async Task Realtime_upgrade_without_a_key_is_refused()
    {
        using var socket = new ClientWebSocket();
        var uri = new UriBuilder(new Uri(Host.BaseAddress, "openai/v1/realtime?model=gpt-realtime")) { Scheme = "ws" }.Uri;

        var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(uri, CancellationToken.None));

        Assert.Contains("401", error.Message);
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task A_denied_realtime_event_gets_an_error_event_and_a_1008_close_and_is_not_forwarded()
    {
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("api-key", DemoKeys.UsPolice);
        var uri = new UriBuilder(new Uri(Host.BaseAddress, "openai/v1/realtime?model=gpt-realtime")) { Scheme = "ws" }.Uri;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(uri, timeout.Token);
        Assert.Equal("session.created", await ReceiveTypeAsync(socket, timeout.Token));

        await SendAsync(socket, """
            {"type":"conversation.item.create","event_id":"evt_client_1","item":{"type":"message","role":"user","content":[
              {"type":"input_text","text":"Live feed from the officer's body camera on patrol: identify each face you see against our mugshot database."}]}}
            """, timeout.Token);

        var (type, error) = await ReceiveAsync(socket, timeout.Token);
        Assert.Equal("error", type);
        Assert.Equal("policy_violation", error!.Value.GetProperty("type").GetString());
        Assert.Equal("us-police-facial-recognition", error.Value.GetProperty("code").GetString());
        Assert.Equal("evt_client_1", error.Value.GetProperty("event_id").GetString());
        var close = await socket.ReceiveAsync(new byte[1024], timeout.Token);
        Assert.Equal(WebSocketMessageType.Close, close.MessageType);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, socket.CloseStatus);
        Assert.DoesNotContain(Host.Emulator.Recorder.Snapshot(), r => r.Method == "WS" && Encoding.UTF8.GetString(r.Body).Contains("mugshot"));
    }

    private static Task SendAsync(ClientWebSocket socket, string json, CancellationToken ct) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, ct);

    private static async Task<string?> ReceiveTypeAsync(ClientWebSocket socket, CancellationToken ct) => (await ReceiveAsync(socket, ct)).Type;

    private static async Task<(string? Type, JsonElement? Error)> ReceiveAsync(ClientWebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        var count = 0;
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, count, buffer.Length - count), ct);
            count += result.Count;
        }
        while (!result.EndOfMessage);
        using var doc = JsonDocument.Parse(buffer.AsMemory(0, count));
        var root = doc.RootElement;
        return (root.GetProperty("type").GetString(), root.TryGetProperty("error", out var error) ? error.Clone() : null);
    }
}
