using Microsoft.Net.Http.Headers;
using PolicyGateway.Callers;
using Yarp.ReverseProxy.Transforms;

namespace PolicyGateway.Forwarding;

/// <summary>
/// Removes the caller's gateway key in every form a client can send it, and the gateway's own headers, then attaches the
/// upstream credential. Everything else passes through unchanged.
/// </summary>
public sealed class CredentialSwapTransform(IUpstreamCredential credential) : RequestTransform
{
    /// <summary>
    /// Headers that carry a credential to Azure OpenAI or a proxy. Only the first two are read as the gateway key, but
    /// a caller's secret in any of them must not reach the upstream, which authenticates with the gateway's credential.
    /// </summary>
    private static readonly string[] CredentialHeaders =
        [CallerKeyReader.ApiKeyHeader, HeaderNames.Authorization, HeaderNames.ProxyAuthorization, "Ocp-Apim-Subscription-Key"];

    public override async ValueTask ApplyAsync(RequestTransformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.ProxyRequest.Headers;
        foreach (var name in CredentialHeaders)
        {
            headers.Remove(name);
        }
        RemoveKeySubProtocols(context);
        // The query collection is case-insensitive, so ?API-KEY= and ?Api-Key= go too.
        context.Query.Collection.Remove(CallerKeyReader.ApiKeyQuery);
        var credentialHeader = await credential.GetHeaderAsync(context.HttpContext.RequestAborted);
        credentialHeader.ApplyTo(context.ProxyRequest);
    }

    /// <summary>
    /// A key sent as the <c>openai-insecure-api-key.&lt;key&gt;</c> subprotocol authenticates a plain HTTP request too, and
    /// YARP copies Sec-WebSocket-Protocol like any header: drop the key entries, keep any others.
    /// </summary>
    private static void RemoveKeySubProtocols(RequestTransformContext context)
    {
        var requested = context.HttpContext.Request.Headers.SecWebSocketProtocol;
        if (requested.Count == 0)
        {
            return;
        }
        var kept = requested
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(p => !CallerKeyReader.IsKeySubProtocol(p))
            .ToList();
        context.ProxyRequest.Headers.Remove(HeaderNames.SecWebSocketProtocol);
        if (kept.Count > 0)
        {
            context.ProxyRequest.Headers.TryAddWithoutValidation(HeaderNames.SecWebSocketProtocol, string.Join(", ", kept));
        }
    }
}
