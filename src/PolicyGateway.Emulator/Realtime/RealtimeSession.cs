using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Realtime;

/// <summary>
/// One realtime connection: answers each client event with the server events the real service sends,
/// using the preview or GA event names depending on the endpoint.
/// </summary>
internal sealed class RealtimeSession(WebSocket socket, EmulatorOptions options, bool ga, string model, Action<byte[]> record)
{
    private static readonly string[] SupportedTypes =
    [
        "session.update", "conversation.item.create", "response.create", "response.cancel",
        "input_audio_buffer.append", "input_audio_buffer.commit", "input_audio_buffer.clear",
    ];

    private readonly ArrayBufferWriter<byte> _outgoing = new(4096);
    private readonly JsonObject _session = RealtimeSessionDefaults.Create(EmulatorIds.New("sess_"), model, ga);
    private string? _lastItemId;
    private string _lastUserText = "";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync("session.created", _session, static (w, s) => WriteProperty(w, "session", s), cancellationToken).ConfigureAwait(false);
            var incoming = new ArrayBufferWriter<byte>(4096);
            while (true)
            {
                incoming.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(incoming.GetMemory(4096), cancellationToken).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken).ConfigureAwait(false);
                        return;
                    }

                    incoming.Advance(result.Count);
                }
                while (!result.EndOfMessage);

                var message = incoming.WrittenSpan.ToArray();
                record(message);
                await HandleAsync(message, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client went away without a close handshake; there is nobody left to answer.
        }
    }

    private async Task HandleAsync(byte[] message, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message);
        }
        catch (JsonException)
        {
            await SendErrorAsync("invalid_json", "The server failed to parse the client event as JSON.", null, null, ct).ConfigureAwait(false);
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            var type = MessageText.GetString(root, "type");
            var clientEventId = MessageText.GetString(root, "event_id");
            switch (type)
            {
                case "session.update":
                    MergeSession(root);
                    await SendAsync("session.updated", _session, static (w, s) => WriteProperty(w, "session", s), ct).ConfigureAwait(false);
                    break;
                case "conversation.item.create":
                    await CreateItemAsync(root, ct).ConfigureAwait(false);
                    break;
                case "response.create":
                    await RespondAsync(ct).ConfigureAwait(false);
                    break;
                case "input_audio_buffer.append":
                    break;
                case "input_audio_buffer.commit":
                    var itemId = EmulatorIds.New("item_");
                    await SendAsync("input_audio_buffer.committed", (_lastItemId, itemId), static (w, s) =>
                    {
                        WriteNullable(w, "previous_item_id", s._lastItemId);
                        w.WriteString("item_id", s.itemId);
                    }, ct).ConfigureAwait(false);
                    _lastItemId = itemId;
                    break;
                case "input_audio_buffer.clear":
                    await SendAsync("input_audio_buffer.cleared", 0, static (_, _) => { }, ct).ConfigureAwait(false);
                    break;
                case "response.cancel":
                    // Emulated responses finish before the next event is read, so there is never one to cancel.
                    await SendErrorAsync("response_cancel_not_active", "Cancellation failed: no active response found.", null, clientEventId, ct).ConfigureAwait(false);
                    break;
                default:
                    await SendErrorAsync("invalid_value", $"Invalid value: '{type}'. Supported values are: {string.Join(", ", SupportedTypes.Select(t => $"'{t}'"))}.", "type", clientEventId, ct).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task CreateItemAsync(JsonElement root, CancellationToken ct)
    {
        if (!root.TryGetProperty("item", out var item) || item.ValueKind != JsonValueKind.Object)
        {
            await SendErrorAsync("missing_required_parameter", "Missing required parameter: 'item'.", "item", MessageText.GetString(root, "event_id"), ct).ConfigureAwait(false);
            return;
        }

        var created = JsonNode.Parse(item.GetRawText())!.AsObject();
        var itemId = MessageText.GetString(item, "id") ?? EmulatorIds.New("item_");
        created["id"] = itemId;
        created["object"] = "realtime.item";
        created["status"] = "completed";
        if (MessageText.GetString(item, "role") == "user" && item.TryGetProperty("content", out var content))
        {
            _lastUserText = MessageText.FromContent(content);
        }

        await SendAsync("conversation.item.created", (_lastItemId, created), static (w, s) =>
        {
            WriteNullable(w, "previous_item_id", s._lastItemId);
            WriteProperty(w, "item", s.created);
        }, ct).ConfigureAwait(false);
        _lastItemId = itemId;
    }

    private async Task RespondAsync(CancellationToken ct)
    {
        var reply = ReplyText.Plan(_lastUserText, maxTokens: null);
        var turn = new RealtimeTurn(EmulatorIds.New("resp_"), EmulatorIds.New("item_"), ga, reply, ReplyText.EstimateTokens(_lastUserText.Length));
        var textEvent = ga ? "response.output_text" : "response.text";

        await SendAsync("response.created", turn, static (w, t) => { w.WritePropertyName("response"); t.WriteResponse(w, finished: false); }, ct).ConfigureAwait(false);
        await SendAsync("response.output_item.added", turn, static (w, t) =>
        {
            w.WriteString("response_id", t.ResponseId);
            w.WriteNumber("output_index", 0);
            w.WritePropertyName("item");
            t.WriteItem(w, finished: false);
        }, ct).ConfigureAwait(false);
        await SendAsync("response.content_part.added", turn, static (w, t) =>
        {
            t.WritePosition(w);
            w.WritePropertyName("part");
            t.WritePart(w, "");
        }, ct).ConfigureAwait(false);

        foreach (var token in reply.Tokens)
        {
            await Pacing.DelayAsync(options.TokenDelay, options.Time, ct).ConfigureAwait(false);
            await SendAsync(textEvent + ".delta", (turn, token), static (w, s) =>
            {
                s.turn.WritePosition(w);
                w.WriteString("delta", s.token);
            }, ct).ConfigureAwait(false);
        }

        await SendAsync(textEvent + ".done", turn, static (w, t) =>
        {
            t.WritePosition(w);
            w.WriteString("text", t.Reply.Text);
        }, ct).ConfigureAwait(false);
        await SendAsync("response.content_part.done", turn, static (w, t) =>
        {
            t.WritePosition(w);
            w.WritePropertyName("part");
            t.WritePart(w, t.Reply.Text);
        }, ct).ConfigureAwait(false);
        await SendAsync("response.output_item.done", turn, static (w, t) =>
        {
            w.WriteString("response_id", t.ResponseId);
            w.WriteNumber("output_index", 0);
            w.WritePropertyName("item");
            t.WriteItem(w, finished: true);
        }, ct).ConfigureAwait(false);
        await SendAsync("response.done", turn, static (w, t) => { w.WritePropertyName("response"); t.WriteResponse(w, finished: true); }, ct).ConfigureAwait(false);
        _lastItemId = turn.ItemId;
    }

    private void MergeSession(JsonElement root)
    {
        if (!root.TryGetProperty("session", out var update) || update.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        // The server owns these, whatever the client sent.
        var id = _session["id"]!.DeepClone();
        var type = _session["object"]!.DeepClone();
        foreach (var property in update.EnumerateObject())
        {
            _session[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        }

        _session["id"] = id;
        _session["object"] = type;
    }

    private Task SendErrorAsync(string code, string message, string? param, string? clientEventId, CancellationToken ct) =>
        SendAsync("error", (code, message, param, clientEventId), static (w, s) =>
        {
            w.WriteStartObject("error");
            w.WriteString("type", "invalid_request_error");
            w.WriteString("code", s.code);
            w.WriteString("message", s.message);
            WriteNullable(w, "param", s.param);
            WriteNullable(w, "event_id", s.clientEventId);
            w.WriteEndObject();
        }, ct);

    private async Task SendAsync<TState>(string type, TState state, Action<Utf8JsonWriter, TState> writeFields, CancellationToken ct)
    {
        _outgoing.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(_outgoing, JsonResponse.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteString("event_id", EmulatorIds.New("event_"));
            writeFields(w, state);
            w.WriteEndObject();
        }

        await socket.SendAsync(_outgoing.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, ct).ConfigureAwait(false);
    }

    private static void WriteProperty(Utf8JsonWriter w, string name, JsonNode node)
    {
        w.WritePropertyName(name);
        node.WriteTo(w);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
