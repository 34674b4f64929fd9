using System.Net.WebSockets;
using PolicyGateway.Callers;
using PolicyGateway.Content;
using PolicyGateway.Errors;
using PolicyGateway.Forwarding;
using PolicyGateway.Recording;
using Yarp.ReverseProxy.Model;

namespace PolicyGateway.Realtime;

/// <summary>
/// Realtime sessions are relayed here rather than by YARP's opaque WebSocket tunnel, because the content arrives as
/// events after the upgrade and each client event must be inspected before it reaches the upstream.
/// Runs after YARP's load balancing, so it uses the destination YARP picked.
/// </summary>
public sealed partial class RealtimeRelayMiddleware(
    RequestDelegate next,
    RealtimeSessionRunner runner,
    IUpstreamCredential credential,
    ILogger<RealtimeRelayMiddleware> logger)
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(15);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || ApiRoutes.Classify("GET", context.Request.Path.Value ?? "/").Kind != ApiKind.Realtime)
        {
            await next(context);
            return;
        }

        var destination = context.GetReverseProxyFeature().AvailableDestinations.FirstOrDefault();
        if (destination is null)
        {
            await OpenAIError.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "server_error", "no_healthy_upstream",
                "No healthy Azure OpenAI endpoint is available for the realtime session.");
            return;
        }

        using var upstream = new ClientWebSocket();
        var header = await credential.GetHeaderAsync(context.RequestAborted);
        upstream.Options.SetRequestHeader(header.Name, header.Value);
        foreach (var protocol in context.WebSockets.WebSocketRequestedProtocols.Where(p => !CallerKeyReader.IsKeySubProtocol(p)))
        {
            upstream.Options.AddSubProtocol(protocol);
        }

        var target = UpstreamUri(destination, context.Request);
        using (var connect = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted))
        {
            connect.CancelAfter(ConnectTimeout);
            try
            {
                await upstream.ConnectAsync(target, connect.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or HttpRequestException)
            {
                LogUpstreamRefused(target.GetLeftPart(UriPartial.Path), ex.Message);
                await OpenAIError.WriteAsync(context, StatusCodes.Status502BadGateway, "server_error", "upstream_unavailable",
                    "The Azure OpenAI realtime endpoint refused or did not answer the session.");
                return;
            }
        }

        using var client = await context.WebSockets.AcceptWebSocketAsync(upstream.SubProtocol);
        await runner.RunAsync(RequestFacts.From(context, context.GetCaller()!, default, hasBody: false), context.Request.Path.Value ?? "/", client, upstream, context.RequestAborted);
    }

    /// <summary>The caller's path and query on the chosen destination, minus the caller's key, as ws:// or wss://.</summary>
    private static Uri UpstreamUri(DestinationState destination, HttpRequest request)
    {
        var query = QueryString.Create(request.Query.Where(q => !string.Equals(q.Key, CallerKeyReader.ApiKeyQuery, StringComparison.OrdinalIgnoreCase)));
        var http = new Uri(new Uri(destination.Model.Config.Address), request.PathBase + request.Path + query);
        return new UriBuilder(http) { Scheme = http.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" }.Uri;
    }

    [LoggerMessage(EventId = 501, Level = LogLevel.Warning, Message = "Upstream realtime endpoint {Endpoint} refused the session: {Reason}")]
    private partial void LogUpstreamRefused(string endpoint, string reason);
}
