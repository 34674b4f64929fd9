using PolicyGateway.Emulator.Hosting;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Realtime;

/// <summary>The realtime WebSocket: preview at /openai/realtime?deployment=, GA at /openai/v1/realtime?model=.</summary>
internal sealed class RealtimeEndpoint(EmulatorOptions options, RequestRecorder recorder)
{
    public async Task HandleAsync(HttpContext context)
    {
        var ga = context.Request.Path.StartsWithSegments("/openai/v1", StringComparison.OrdinalIgnoreCase);
        var model = context.Request.Query[ga ? "model" : "deployment"].ToString();
        if (model.Length == 0)
        {
            await (ga
                ? AzureErrors.WriteMissingParameterAsync(context, "model")
                : AzureErrors.WriteNotFoundAsync(context)).ConfigureAwait(false);
            return;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            await AzureErrors.WriteInvalidRequestAsync(context, "This endpoint only accepts WebSocket connections.", param: null, code: null, StatusCodes.Status426UpgradeRequired).ConfigureAwait(false);
            return;
        }

        var target = RequestSnapshot.RawTarget(context);
        var headers = RequestSnapshot.CopyHeaders(context.Request.Headers);
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var session = new RealtimeSession(socket, options, ga, model, body => recorder.Add(new RecordedRequest("WS", target, headers, body, options.Time.GetUtcNow())));
        await session.RunAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
