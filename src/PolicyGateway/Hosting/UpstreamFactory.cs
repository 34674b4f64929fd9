using System.Security.Cryptography;
using Azure.Identity;
using PolicyGateway.Configuration;
using PolicyGateway.Emulator;
using PolicyGateway.Forwarding;

namespace PolicyGateway.Hosting;

public static class UpstreamFactory
{
    /// <summary>
    /// With no endpoint configured (allowed only in demo mode, see GatewayOptionsValidator), a newcomer still gets a
    /// working gateway: the emulator starts in-process on a free loopback port with a random key, so the credential swap
    /// is exercised exactly as against Azure.
    /// </summary>
    public static async Task<Upstream> CreateAsync(UpstreamOptions options, CancellationToken cancellationToken)
    {
        if (options.Endpoints.Count == 0)
        {
            var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = key, Region = "emulator" }, ct: cancellationToken);
            return new Upstream([emulator.BaseAddress.ToString()], new ApiKeyUpstreamCredential(key), emulator);
        }

        IUpstreamCredential credential = options.Auth switch
        {
            UpstreamAuthMode.EntraId => new EntraIdUpstreamCredential(new DefaultAzureCredential(), options.Scope, TimeProvider.System),
            _ => new ApiKeyUpstreamCredential(options.ApiKey!),
        };
        return new Upstream(options.Endpoints, credential, null);
    }
}
