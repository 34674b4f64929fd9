using Azure.Core;

namespace PolicyGateway.Forwarding;

/// <summary>
/// Bearer tokens from a <see cref="TokenCredential"/> (DefaultAzureCredential in production), cached until shortly
/// before expiry so that only one request in many pays for a token round trip.
/// </summary>
public sealed class EntraIdUpstreamCredential(TokenCredential credential, string scope, TimeProvider time) : IUpstreamCredential
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private AccessToken _token;

    public async ValueTask<UpstreamCredentialHeader> GetHeaderAsync(CancellationToken cancellationToken)
    {
        var token = _token;
        if (IsStale(token))
        {
            token = await RefreshAsync(cancellationToken);
        }
        return new UpstreamCredentialHeader("Authorization", "Bearer " + token.Token);
    }

    private bool IsStale(AccessToken token) =>
        token.Token is null || token.ExpiresOn - RefreshMargin <= time.GetUtcNow();

    private async ValueTask<AccessToken> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (IsStale(_token))
            {
                _token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
            }
            return _token;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
