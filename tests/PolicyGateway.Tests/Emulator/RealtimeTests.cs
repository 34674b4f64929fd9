// The SDK marks its realtime client as evaluation-only; checking that it parses the emulator is the point here.
#pragma warning disable OPENAI002
using System.ClientModel;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using OpenAI;
using OpenAI.Realtime;
using PolicyGateway.Emulator;

namespace PolicyGateway.Tests.Emulator;

public sealed class RealtimeTests
{
    [Fact]
    public async Task Preview_AnswersEachClientEvent_AndRecordsIt()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = "rk" });
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("api-key", "rk");
        await socket.ConnectAsync(WsUri(server, "openai/realtime?api-version=2025-04-01-preview&deployment=gpt-4o-realtime"), CancellationToken.None);

        using var created = await ReceiveAsync(socket);
        Assert.Equal("session.created", Type(created));
        Assert.Equal("gpt-4o-realtime", created.RootElement.GetProperty("session").GetProperty("model").GetString());

        await SendAsync(socket, """{"type":"session.update","session":{"instructions":"be nice","modalities":["text"]}}""");
        using var updated = await ReceiveAsync(socket);
        Assert.Equal("session.updated", Type(updated));
        Assert.Equal("be nice", updated.RootElement.GetProperty("session").GetProperty("instructions").GetString());

        await SendAsync(socket, """{"type":"conversation.item.create","item":{"type":"message","role":"user","content":[{"type":"input_text","text":"Realtime hello"}]}}""");
        using var item = await ReceiveAsync(socket);
        Assert.Equal("conversation.item.created", Type(item));
        Assert.Equal("Realtime hello", item.RootElement.GetProperty("item").GetProperty("content")[0].GetProperty("text").GetString());

        await SendAsync(socket, """{"type":"response.create"}""");
        var types = new List<string>();
        var text = new StringBuilder();
        while (true)
        {
            using var message = await ReceiveAsync(socket);
            types.Add(Type(message));
            if (Type(message) == "response.text.delta")
            {
                text.Append(message.RootElement.GetProperty("delta").GetString());
            }

            if (Type(message) == "response.done")
            {
                Assert.Equal("completed", message.RootElement.GetProperty("response").GetProperty("status").GetString());
                break;
            }
        }

        Assert.Equal("response.created", types[0]);
        Assert.Equal("Emulated reply to: Realtime hello", text.ToString());

        await SendAsync(socket, """{"type":"conversation.teleport","event_id":"evt_1"}""");
        using var error = await ReceiveAsync(socket);
        Assert.Equal("error", Type(error));
        Assert.Equal("invalid_request_error", error.RootElement.GetProperty("error").GetProperty("type").GetString());
        Assert.Equal("evt_1", error.RootElement.GetProperty("error").GetProperty("event_id").GetString());

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        Assert.Equal(WebSocketState.Closed, socket.State);

        var events = server.Recorder.Snapshot().Where(r => r.Method == "WS").ToList();
        Assert.Equal(4, events.Count);
        Assert.Contains("session.update", Encoding.UTF8.GetString(events[0].Body), StringComparison.Ordinal);
        Assert.Equal("rk", events[0].Headers["api-key"]);
        Assert.StartsWith("/openai/realtime?", events[0].PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ga_UsesOutputTextEvents_AndRejectsBadKeyBeforeUpgrade()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = "rk" });

        using (var denied = new ClientWebSocket())
        {
            await Assert.ThrowsAsync<WebSocketException>(() => denied.ConnectAsync(WsUri(server, "openai/v1/realtime?model=gpt-realtime"), CancellationToken.None));
        }

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(WsUri(server, "openai/v1/realtime?model=gpt-realtime&api-key=rk"), CancellationToken.None);
        using var created = await ReceiveAsync(socket);
        Assert.Equal("realtime", created.RootElement.GetProperty("session").GetProperty("type").GetString());

        await SendAsync(socket, """{"type":"response.create"}""");
        var types = new List<string>();
        while (types.LastOrDefault() != "response.done")
        {
            using var message = await ReceiveAsync(socket);
            types.Add(Type(message));
        }

        Assert.Contains("response.output_text.delta", types);
        Assert.DoesNotContain("response.text.delta", types);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task OpenAiSdk_RealtimeSession_ReceivesTextReply()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = "rk" });
        var client = new OpenAIClient(new ApiKeyCredential("rk"), new OpenAIClientOptions { Endpoint = new Uri(server.BaseAddress, "openai/v1") });
        using var session = await client.GetRealtimeClient().StartConversationSessionAsync("gpt-realtime");

        await session.AddItemAsync(RealtimeItem.CreateUserMessageItem("SDK realtime"));
        await session.StartResponseAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var updates = new List<RealtimeServerUpdate>();
        var text = new StringBuilder();
        await foreach (var update in session.ReceiveUpdatesAsync(timeout.Token))
        {
            updates.Add(update);
            if (update is RealtimeServerUpdateResponseOutputTextDelta delta)
            {
                text.Append(delta.Delta);
            }

            if (update is RealtimeServerUpdateResponseDone)
            {
                break;
            }
        }

        Assert.IsType<RealtimeServerUpdateSessionCreated>(updates[0]);
        Assert.Contains(updates, u => u is RealtimeServerUpdateConversationItemCreated);
        Assert.Equal("Emulated reply to: SDK realtime", text.ToString());
        Assert.Contains(server.Recorder.Snapshot(), r => r.Method == "WS" && Encoding.UTF8.GetString(r.Body).Contains("conversation.item.create", StringComparison.Ordinal));
    }

    private static Uri WsUri(EmulatorServer server, string relative) =>
        new UriBuilder(new Uri(server.BaseAddress, relative)) { Scheme = "ws" }.Uri;

    private static string Type(JsonDocument message) => message.RootElement.GetProperty("type").GetString()!;

    private static Task SendAsync(ClientWebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private static async Task<JsonDocument> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(chunk, timeout.Token);
            buffer.Write(chunk, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonDocument.Parse(buffer.ToArray());
    }
}
