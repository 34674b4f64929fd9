namespace PolicyGateway.Forwarding;

/// <summary>The real Azure OpenAI credential as one header; callers only ever hold gateway keys.</summary>
public interface IUpstreamCredential
{
    ValueTask<UpstreamCredentialHeader> GetHeaderAsync(CancellationToken cancellationToken);
}
