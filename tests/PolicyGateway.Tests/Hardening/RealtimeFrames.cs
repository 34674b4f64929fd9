using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace PolicyGateway.Tests.Hardening;

internal static class RealtimeFrames
{
    /// <summary>A realtime session opened with a caller key, its <c>session.created</c> already read.</summary>
    public static async Task<ClientWebSocket> ConnectAsync(Uri gateway, string key, CancellationToken ct)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("api-key", key);
        await socket.ConnectAsync(new UriBuilder(new Uri(gateway, "openai/v1/realtime?model=gpt-realtime")) { Scheme = "ws" }.Uri, ct);
        await ReceiveAsync(socket, ct);
        return socket;
    }

    public static Task SendAsync(ClientWebSocket socket, string json, CancellationToken ct) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, ct);

    public static Task SendAsync(ClientWebSocket socket, byte[] utf8, CancellationToken ct) =>
        socket.SendAsync(utf8, WebSocketMessageType.Text, endOfMessage: true, ct);

    /// <summary>The next text event, parsed.</summary>
    public static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket, CancellationToken ct)
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
        using var document = JsonDocument.Parse(buffer.AsMemory(0, count));
        return document.RootElement.Clone();
    }

    public static async Task ReceiveCloseAsync(ClientWebSocket socket, CancellationToken ct)
    {
        var result = await socket.ReceiveAsync(new byte[1024], ct);
        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
    }
}
