namespace PolicyGateway.Forwarding;

/// <summary><c>api-key: …</c> or <c>Authorization: Bearer …</c>, ready for an HTTP request or a WebSocket upgrade.</summary>
public readonly record struct UpstreamCredentialHeader(string Name, string Value)
{
    public void ApplyTo(HttpRequestMessage request)
    {
        request.Headers.Remove(Name);
        request.Headers.TryAddWithoutValidation(Name, Value);
    }
}
