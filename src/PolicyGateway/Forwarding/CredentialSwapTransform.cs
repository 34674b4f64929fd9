using Yarp.ReverseProxy.Transforms;

namespace PolicyGateway.Forwarding;

/// <summary>
/// Removes the caller's gateway key in every form the SDKs send it, and the gateway's own headers, then attaches the
/// upstream credential. Everything else passes through unchanged.
/// </summary>
public sealed class CredentialSwapTransform(IUpstreamCredential credential) : RequestTransform
{
    public override async ValueTask ApplyAsync(RequestTransformContext context)
    {
        var headers = context.ProxyRequest.Headers;
        headers.Remove(Callers.CallerKeyReader.ApiKeyHeader);
        headers.Authorization = null;
        context.Query.Collection.Remove(Callers.CallerKeyReader.ApiKeyQuery);
        var credentialHeader = await credential.GetHeaderAsync(context.HttpContext.RequestAborted);
        credentialHeader.ApplyTo(context.ProxyRequest);
    }
}
