using System.Buffers;
using System.Net.WebSockets;
using PolicyGateway.Blocking;
using PolicyGateway.Callers;
using PolicyGateway.Content;
using PolicyGateway.Decisions;
using Microsoft.Extensions.Options;
using PolicyGateway.Recording;

namespace PolicyGateway.Realtime;

/// <summary>
/// Pumps one realtime session both ways. Each client event is decided before it is forwarded; a denied event is never
/// forwarded: the client gets an <c>error</c> event and the session closes with 1008 (policy violation).
/// </summary>
public sealed partial class RealtimeSessionRunner(
    DecisionEngine engine,
    IDecisionRecorder recorder,
    IDecisionJournal journal,
    IOptions<RecordingOptions> recording,
    ILogger<RealtimeSessionRunner> logger)
{
    private const int MaxEventBytes = 16 * 1024 * 1024;

    /// <summary>How long the other side gets to finish the close handshake once one side has closed.</summary>
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    /// <param name="facts">The upgrade request's facts; each event's record adds its own body hash and the session id.</param>
    public async Task RunAsync(RequestFacts facts, string path, WebSocket client, WebSocket upstream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var session = new RealtimeSession();
        var sessionFacts = facts with { SessionId = "rts_" + Guid.CreateVersion7().ToString("N") };
        var fromClient = PumpClientEventsAsync(sessionFacts, path, session, client, upstream, stop.Token);
        var fromUpstream = PumpAsync(upstream, client, stop.Token);
        var first = await Task.WhenAny(fromClient, fromUpstream);
        // The other pump still carries the peer's close reply; cut it off only if it does not come.
        await Task.WhenAny(first == fromClient ? fromUpstream : fromClient, Task.Delay(CloseGrace, cancellationToken));
        await stop.CancelAsync();
        try
        {
            await Task.WhenAll(fromClient, fromUpstream);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // One side went away; the other is torn down with it.
        }
    }

    private async Task PumpClientEventsAsync(RequestFacts facts, string path, RealtimeSession session, WebSocket client, WebSocket upstream, CancellationToken ct)
    {
        var caller = facts.Caller;
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var message = await WebSocketMessage.ReadAsync(client, buffer, MaxEventBytes, ct);
            if (message is null)
            {
                await RefuseAsync(client, upstream, "event_too_large", $"Realtime events are limited to {MaxEventBytes} bytes.", null, ct);
                return;
            }
            if (message.Value.Type == WebSocketMessageType.Close)
            {
                await CloseOutputAsync(upstream, message.Value.CloseStatus, message.Value.CloseDescription, ct);
                return;
            }

            Decision decision;
            try
            {
                decision = engine.DecideRealtimeEvent(caller, path, message.Value.Data, session);
            }
            catch (ContentParseException ex)
            {
                // Text that is not Unicode closes with 1007 (invalid frame payload data), as RFC 6455 asks.
                await RefuseAsync(client, upstream, ex.InvalidText ? "invalid_text" : "invalid_event",
                    "PolicyGateway could not read the event, so it was not forwarded: " + ex.Message,
                    RealtimeErrorEvent.ClientEventId(message.Value.Data), ct,
                    closeStatus: ex.InvalidText ? WebSocketCloseStatus.InvalidPayloadData : WebSocketCloseStatus.PolicyViolation);
                return;
            }

            recorder.Record(decision);
            var record = DecisionRecordFactory.Create(decision, facts with
            {
                BodySha256 = RequestFacts.Sha256(message.Value.Data.Span),
                CapturedBody = recording.Value.FullCapture ? RequestFacts.Text(message.Value.Data.Span) : null,
            }, recording.Value.Instance);
            if (decision.Action == DecisionAction.Deny)
            {
                // Durable before the client hears of the denial, as for a 403.
                await journal.CommitAsync(record, CancellationToken.None);
                LogEventDenied(caller.Id, decision.Id);
                await RefuseAsync(client, upstream, decision.Enforced.FirstOrDefault()?.RuleId ?? GatewayRules.FailClosedId,
                    PolicyBlockResponse.Message(decision), RealtimeErrorEvent.ClientEventId(message.Value.Data), ct, decision.Id);
                return;
            }
            if (RecordSampling.ShouldRecord(decision, recording.Value.AllowedSampleRate))
            {
                await journal.EnqueueAsync(record, CancellationToken.None);
            }
            await upstream.SendAsync(message.Value.Data, message.Value.Type, endOfMessage: true, ct);
        }
    }

    private static async Task PumpAsync(WebSocket source, WebSocket destination, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var message = await WebSocketMessage.ReadAsync(source, buffer, int.MaxValue, ct);
            if (message!.Value.Type == WebSocketMessageType.Close)
            {
                await CloseOutputAsync(destination, message.Value.CloseStatus, message.Value.CloseDescription, ct);
                return;
            }
            if (destination.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            {
                // The gateway already closed this side (a refused event): drain the peer until its close arrives.
                continue;
            }
            await destination.SendAsync(message.Value.Data, message.Value.Type, endOfMessage: true, ct);
        }
    }

    private static async Task RefuseAsync(WebSocket client, WebSocket upstream, string code, string message, string? clientEventId,
        CancellationToken ct, string? decisionId = null, WebSocketCloseStatus closeStatus = WebSocketCloseStatus.PolicyViolation)
    {
        var type = decisionId is null ? "invalid_request_error" : PolicyBlockResponse.ErrorType;
        var error = RealtimeErrorEvent.Create("evt_" + (decisionId ?? Guid.CreateVersion7().ToString("N")), type, code, message, clientEventId);
        await client.SendAsync(error, WebSocketMessageType.Text, endOfMessage: true, ct);
        await CloseOutputAsync(client, closeStatus, type, ct);
        await CloseOutputAsync(upstream, WebSocketCloseStatus.NormalClosure, "client session refused by gateway policy", ct);
    }

    /// <summary>Sends our close frame unless this side has already sent one.</summary>
    private static Task CloseOutputAsync(WebSocket socket, WebSocketCloseStatus? status, string? description, CancellationToken ct) =>
        socket.State is WebSocketState.Open or WebSocketState.CloseReceived
            ? socket.CloseOutputAsync(status ?? WebSocketCloseStatus.NormalClosure, description, ct)
            : Task.CompletedTask;

    [LoggerMessage(EventId = 500, Level = LogLevel.Warning, Message = "Realtime event from {CallerId} denied by decision {DecisionId}; session closed with 1008")]
    private partial void LogEventDenied(string callerId, string decisionId);
}
