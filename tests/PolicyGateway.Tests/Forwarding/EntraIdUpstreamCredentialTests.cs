using Azure.Core;
using Microsoft.Extensions.Time.Testing;
using PolicyGateway.Forwarding;

namespace PolicyGateway.Tests.Forwarding;

public sealed class EntraIdUpstreamCredentialTests
{
    [Fact]
    public async Task Token_is_cached_until_five_minutes_before_expiry_then_refreshed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var tokens = new CountingTokenCredential(time, lifetime: TimeSpan.FromMinutes(60));
        var credential = new EntraIdUpstreamCredential(tokens, "https://cognitiveservices.azure.com/.default", time);

        var first = await credential.GetHeaderAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(54));
        var second = await credential.GetHeaderAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(2));
        var third = await credential.GetHeaderAsync(CancellationToken.None);

        Assert.Equal("Authorization", first.Name);
        Assert.Equal("Bearer token-1", first.Value);
        Assert.Equal(first, second);
        Assert.Equal("Bearer token-2", third.Value);
        Assert.Equal(["https://cognitiveservices.azure.com/.default"], tokens.LastScopes);
    }

    private sealed class CountingTokenCredential(TimeProvider time, TimeSpan lifetime) : TokenCredential
    {
        private int _issued;

        public string[] LastScopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            LastScopes = requestContext.Scopes;
            return new AccessToken($"token-{++_issued}", time.GetUtcNow() + lifetime);
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
