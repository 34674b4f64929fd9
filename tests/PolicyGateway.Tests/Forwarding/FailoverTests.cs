using System.Net;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Forwarding;

/// <summary>Two upstream resources form one YARP cluster; active health checks move traffic off a failing one.</summary>
public sealed class FailoverTests
{
    [Fact]
    public async Task Traffic_fails_over_to_the_secondary_when_the_primary_turns_unhealthy_and_back()
    {
        await using var host = await GatewayHost.StartAsync(emulatorCount: 2, policiesPath: null,
            "--Gateway:Upstream:HealthCheck:Enabled=true", "--Gateway:Upstream:HealthCheck:Interval=00:00:00.200", "--Gateway:Upstream:HealthCheck:Timeout=00:00:01");
        using var client = host.CreateHttpClient();

        Assert.Equal("region-0", await RegionOfNextCallAsync(client));

        host.Emulators[0].Options.FailWithStatus = 503;
        Assert.True(await Eventually.TrueAsync(async () => await RegionOfNextCallAsync(client) == "region-1"), "traffic moved to the secondary");

        host.Emulators[0].Options.FailWithStatus = null;
        Assert.True(await Eventually.TrueAsync(async () => await RegionOfNextCallAsync(client) == "region-0"), "traffic returned to the primary");
    }

    private static async Task<string?> RegionOfNextCallAsync(HttpClient client)
    {
        using var request = JsonRequests.Post("/openai/v1/embeddings", """{"model":"text-embedding-3-small","input":"hello"}""", DemoKeys.UsRetail);
        using var response = await client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK && response.Headers.TryGetValues("x-ms-region", out var region) ? region.Single() : null;
    }
}
