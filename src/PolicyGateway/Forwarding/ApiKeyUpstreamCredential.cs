namespace PolicyGateway.Forwarding;

public sealed class ApiKeyUpstreamCredential(string apiKey) : IUpstreamCredential
{
    private readonly UpstreamCredentialHeader _header = new("api-key", apiKey);

    public ValueTask<UpstreamCredentialHeader> GetHeaderAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_header);
}
