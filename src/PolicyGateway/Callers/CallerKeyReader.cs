using Microsoft.Extensions.Primitives;

namespace PolicyGateway.Callers;

/// <summary>
/// Reads the gateway key the way the SDKs send an Azure key: <c>api-key</c> header (Azure SDKs),
/// <c>Authorization: Bearer</c> (OpenAI SDKs on the v1 API), the <c>api-key</c> query parameter, or the
/// <c>openai-insecure-api-key.&lt;key&gt;</c> WebSocket subprotocol that browser realtime clients use.
/// </summary>
public static class CallerKeyReader
{
    public const string ApiKeyHeader = "api-key";
    public const string ApiKeyQuery = "api-key";
    private const string BearerPrefix = "Bearer ";
    private const string KeySubProtocolPrefix = "openai-insecure-api-key.";

    public static bool IsKeySubProtocol(string protocol) => protocol.StartsWith(KeySubProtocolPrefix, StringComparison.OrdinalIgnoreCase);

    public static StringSegment Read(HttpRequest request)
    {
        if (request.Headers.TryGetValue(ApiKeyHeader, out var header) && !StringValues.IsNullOrEmpty(header))
        {
            return new StringSegment(header[0]).Trim();
        }
        var authorization = request.Headers.Authorization;
        if (!StringValues.IsNullOrEmpty(authorization))
        {
            var value = authorization[0]!;
            return value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
                ? new StringSegment(value, BearerPrefix.Length, value.Length - BearerPrefix.Length).Trim()
                : StringSegment.Empty;
        }
        if (request.Query.TryGetValue(ApiKeyQuery, out var query) && !StringValues.IsNullOrEmpty(query))
        {
            return new StringSegment(query[0]).Trim();
        }
        foreach (var protocol in request.HttpContext.WebSockets.WebSocketRequestedProtocols)
        {
            if (IsKeySubProtocol(protocol))
            {
                return new StringSegment(protocol, KeySubProtocolPrefix.Length, protocol.Length - KeySubProtocolPrefix.Length);
            }
        }
        return StringSegment.Empty;
    }
}
