using System.Net;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Hosting;

public sealed class HealthCheckTests
{
    [Fact]
    public async Task Healthz_and_readyz_are_healthy_with_policies_and_a_live_upstream()
    {
        await using var host = await GatewayHost.StartAsync();
        using var client = host.CreateHttpClient();

        using var alive = await client.GetAsync("/healthz");
        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_is_unavailable_when_the_only_upstream_fails_its_probes()
    {
        await using var host = await GatewayHost.StartAsync(1, null,
            "--Gateway:Upstream:Endpoints:0=http://127.0.0.1:9/", "--Gateway:Upstream:HealthCheck:Enabled=true",
            "--Gateway:Upstream:HealthCheck:Interval=00:00:00.200", "--Gateway:Upstream:HealthCheck:Timeout=00:00:00.500");
        using var client = host.CreateHttpClient();

        Assert.True(await Eventually.TrueAsync(async () =>
        {
            using var ready = await client.GetAsync("/readyz");
            return ready.StatusCode == HttpStatusCode.ServiceUnavailable;
        }));
        using var alive = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }
}
