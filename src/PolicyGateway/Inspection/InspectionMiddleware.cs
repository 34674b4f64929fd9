using PolicyGateway.Blocking;
using PolicyGateway.Callers;
using PolicyGateway.Configuration;
using PolicyGateway.Content;
using PolicyGateway.Decisions;
using PolicyGateway.Errors;
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
    GatewayOptions options,
    ILogger<InspectionMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var route = ApiRoutes.Classify(request.Method, request.Path.Value ?? "/");
        if (route.Kind == ApiKind.Realtime && context.WebSockets.IsWebSocketRequest)
        {
            // Realtime content arrives as events after the upgrade; RealtimeRelayMiddleware inspects each one.
            await next(context);
            return;
        }

        using var body = route.Inspected ? await RequestBody.ReadAsync(request, options.Inspection.MaxBodyBytes, context.RequestAborted) : null;
        if (route.Inspected && body is null)
        {
            await OpenAIError.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "invalid_request_error", "request_too_large",
                $"Request body exceeds the gateway's limit of {options.Inspection.MaxBodyBytes} bytes (Gateway:Inspection:MaxBodyBytes).");
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
        context.Response.Headers[GatewayHeaders.DecisionId] = decision.Id;
        if (decision.Action == DecisionAction.Deny)
        {
            await PolicyBlockResponse.WriteAsync(context, decision);
            return;
        }

        if (body is not null)
        {
            request.Body = body.OpenRead();
        }
        await next(context);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Inspection of a {Api} request from {CallerId} failed; refused without forwarding")]
    private partial void LogInspectionFault(string callerId, ApiKind api, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused unreadable {Api} body from {CallerId}: {Reason}")]
    private partial void LogUnreadableBody(string callerId, ApiKind api, string reason);
}
