using PolicyGateway.Blocking;
using PolicyGateway.Callers;
using PolicyGateway.Configuration;
using PolicyGateway.Content;
using PolicyGateway.Decisions;
using PolicyGateway.Errors;
using Microsoft.Extensions.Options;
using PolicyGateway.Recording;

namespace PolicyGateway.Inspection;

/// <summary>
/// content → intent → policy → decision, before anything is sent upstream and before any response byte.
/// A denied request is answered here; an allowed one continues to YARP with the very bytes that were inspected.
/// </summary>
public sealed partial class InspectionMiddleware(
    RequestDelegate next,
    IDecisionEngine engine,
    IDecisionRecorder recorder,
    IDecisionJournal journal,
    IOptions<RecordingOptions> recording,
    TimeProvider time,
    GatewayOptions options,
    ILogger<InspectionMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var route = ApiRoutes.Classify(request.Method, request.Path.Value ?? "/");
        if (RequestGate.Check(context, route) is { } refusal)
        {
            LogRefused(context.GetCaller()?.Id ?? "-", request.Method, refusal.Code);
            if (refusal.Status == StatusCodes.Status426UpgradeRequired)
            {
                context.Response.Headers.SecWebSocketVersion = RequestGate.WebSocketVersion;
            }
            await OpenAIError.WriteAsync(context, refusal.Status, "invalid_request_error", refusal.Code, refusal.Message, refusal.Param);
            return;
        }
        if (RequestGate.IsRelayedRealtime(context, route))
        {
            // Realtime content arrives as events after the upgrade; RealtimeRelayMiddleware inspects each one.
            await next(context);
            return;
        }

        RequestBody? body;
        try
        {
            body = route.Inspected ? await RequestBody.ReadAsync(request, options.Inspection.MaxBodyBytes, context.RequestAborted) : null;
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode is StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit (aligned with MaxBodyBytes) fired while reading a chunked body.
            await WriteTooLargeAsync(context);
            return;
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode is StatusCodes.Status408RequestTimeout)
        {
            // The client sent its body slower than Kestrel's minimum data rate: its fault, not the gateway's.
            LogClientTimeout(context.GetCaller()?.Id ?? "-", route.Kind);
            await TryWriteAsync(context, StatusCodes.Status408RequestTimeout, "request_timeout",
                "The request body arrived too slowly, so the gateway stopped reading it and did not forward it.");
            return;
        }
        catch (BadHttpRequestException ex)
        {
            // A malformed body framing (bad chunk, early end): nothing readable to forward.
            LogBadBody(context.GetCaller()?.Id ?? "-", route.Kind, ex.Message);
            await TryWriteAsync(context, StatusCodes.Status400BadRequest, "invalid_request_body", "The request body could not be received: " + ex.Message);
            return;
        }

        using var owned = body;
        if (route.Inspected && body is null)
        {
            await WriteTooLargeAsync(context);
            return;
        }

        var caller = context.GetCaller()!;
        Decision decision;
        try
        {
            decision = engine.Decide(new DecisionRequest(caller, request.Method, request.Path.Value ?? "/", request.ContentType, body?.Memory ?? default));
        }
        catch (ContentParseException ex)
        {
            LogUnreadableBody(caller.Id, route.Kind, ex.Message);
            await OpenAIError.WriteAsync(context, StatusCodes.Status400BadRequest, "invalid_request_error", "invalid_request_body",
                "PolicyGateway could not read the request body, so it was not forwarded: " + ex.Message, ex.Param);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The engine already fails closed inside classification and evaluation; this is a fault around them.
            // Nothing is forwarded without a decision.
            LogInspectionFault(caller.Id, route.Kind, ex);
            await OpenAIError.WriteAsync(context, StatusCodes.Status500InternalServerError, "server_error", "inspection_failed",
                "PolicyGateway could not make a compliance decision for this request, so it was not forwarded.");
            return;
        }

        var recorded = new DecisionFeature(decision);
        context.Features.Set(recorded);
        if (!recorded.IsRoutine)
        {
            recorder.Record(decision);
        }
        var facts = RequestFacts.From(context, caller, body is null ? default : body.Memory.Span, body is not null, recording.Value.FullCapture);
        context.Response.Headers[GatewayHeaders.DecisionId] = decision.Id;
        if (decision.Action == DecisionAction.Deny)
        {
            // Durable (store or spool) before the 403 leaves: a caller who saw the denial can find its record.
            await journal.CommitAsync(DecisionRecordFactory.Create(decision, facts, recording.Value.Instance), CancellationToken.None);
            await PolicyBlockResponse.WriteAsync(context, decision);
            return;
        }

        if (body is not null)
        {
            request.Body = body.OpenRead();
        }
        var forwarded = time.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (RecordSampling.ShouldRecord(decision, recording.Value.AllowedSampleRate))
            {
                // After the response, with the upstream's status and latency; waits if the writer is behind.
                var outcome = facts with { UpstreamStatus = context.Response.StatusCode, UpstreamLatencyMs = time.GetElapsedTime(forwarded).TotalMilliseconds };
                await journal.EnqueueAsync(DecisionRecordFactory.Create(decision, outcome, recording.Value.Instance), CancellationToken.None);
            }
        }
    }

    private Task WriteTooLargeAsync(HttpContext context) =>
        TryWriteAsync(context, StatusCodes.Status413PayloadTooLarge, "request_too_large",
            $"Request body exceeds the gateway's limit of {options.Inspection.MaxBodyBytes} bytes (Gateway:Inspection:MaxBodyBytes).");

    /// <summary>Writes the error unless the connection is already gone (a client that stalled may have been cut off).</summary>
    private static async Task TryWriteAsync(HttpContext context, int status, string code, string message)
    {
        if (context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        try
        {
            await OpenAIError.WriteAsync(context, status, "invalid_request_error", code, message);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or InvalidOperationException)
        {
            // Kestrel closed the connection after its own rejection; the status is still what the request log shows.
            context.Response.StatusCode = status;
        }
    }
}
