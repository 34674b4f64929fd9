using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using PolicyGateway.Content;

namespace PolicyGateway.Inspection;

/// <summary>
/// The shape checks of the inspection invariant, made before any body is read: a request reaches YARP only after a
/// reader that knows its shape has read every byte the model could see, or it is refused here.
/// </summary>
public static class RequestGate
{
    /// <summary>The only WebSocket version the relay (and RFC 6455) speaks; a 426 names it.</summary>
    public const string WebSocketVersion = "13";

    /// <summary>A refusal, or null when the request may be inspected and forwarded.</summary>
    public static RequestRefusal? Check(HttpContext context, ApiRoute route)
    {
        ArgumentNullException.ThrowIfNull(context);
        return CheckPath(context.Request.Path.Value ?? "/") ?? CheckUpgrade(context, route) ?? CheckBodylessMethod(context, route);
    }

    /// <summary>Whether the realtime relay takes this request over: the one kind of upgrade that is not refused.</summary>
    public static bool IsRelayedRealtime(HttpContext context, ApiRoute route) =>
        route.Kind == ApiKind.Realtime && context.WebSockets.IsWebSocketRequest;

    /// <summary>
    /// Kestrel has already percent-decoded the path (all but %2F) and YARP re-encodes it when forwarding, so a decoded
    /// '#' or '?' would make the gateway classify a shorter path than the upstream serves; NUL, backslash and an
    /// encoded slash are read differently by different servers. None occurs in a real Azure OpenAI path.
    /// </summary>
    private static RequestRefusal? CheckPath(string path)
    {
        foreach (var c in path)
        {
            if (c is '#' or '?' or '\\' || char.IsControl(c))
            {
                return new RequestRefusal(StatusCodes.Status400BadRequest, "invalid_path",
                    $"The request path contains an encoded character the gateway does not forward (U+{(int)c:X4}).");
            }
        }
        return path.Contains("%2F", StringComparison.OrdinalIgnoreCase)
            ? new RequestRefusal(StatusCodes.Status400BadRequest, "invalid_path", "The request path contains an encoded slash (%2F), which the gateway does not forward.")
            : null;
    }

    /// <summary>
    /// YARP would tunnel any upgrade it is handed, opaque to inspection, so every upgrade the realtime relay does not
    /// accept itself is refused, whatever the upstream would make of it.
    /// </summary>
    private static RequestRefusal? CheckUpgrade(HttpContext context, ApiRoute route)
    {
        var request = context.Request;
        var upgradable = context.Features.Get<IHttpUpgradeFeature>()?.IsUpgradableRequest == true
            || context.Features.Get<IHttpExtendedConnectFeature>()?.IsExtendedConnect == true
            || request.Headers.ContainsKey(HeaderNames.Upgrade)
            || request.Headers.ContainsKey(HeaderNames.SecWebSocketKey);
        if (!upgradable || IsRelayedRealtime(context, route))
        {
            return null;
        }
        if (route.Kind == ApiKind.Realtime && request.Headers.SecWebSocketVersion is [var version] && version != WebSocketVersion)
        {
            return new RequestRefusal(StatusCodes.Status426UpgradeRequired, "unsupported_websocket_version",
                $"Realtime sessions need WebSocket version {WebSocketVersion}; the request asked for version {version}.");
        }
        return route.Kind == ApiKind.Realtime
            ? new RequestRefusal(StatusCodes.Status400BadRequest, "invalid_websocket_handshake",
                "The realtime WebSocket handshake is malformed (it needs GET, Upgrade: websocket, Sec-WebSocket-Version: 13 and a valid Sec-WebSocket-Key).")
            : new RequestRefusal(StatusCodes.Status400BadRequest, "upgrade_not_supported",
                "The gateway upgrades only realtime WebSocket sessions; this request asked to switch protocols on another path.");
    }

    private static RequestRefusal? CheckBodylessMethod(HttpContext context, ApiRoute route)
    {
        var request = context.Request;
        if (ApiRoutes.CanCarryBody(request.Method) || IsRelayedRealtime(context, route))
        {
            return null;
        }
        var hasBody = request.ContentLength > 0
            || (request.ContentLength is null && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true);
        return hasBody
            ? new RequestRefusal(StatusCodes.Status400BadRequest, "unexpected_request_body",
                $"A {request.Method} request must not carry a body; the gateway reads bodies only where the API defines one.")
            : null;
    }
}
