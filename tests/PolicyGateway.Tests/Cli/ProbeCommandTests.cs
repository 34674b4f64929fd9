using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Cli;

/// <summary>The <c>probe</c> verb the container image's HEALTHCHECK runs.</summary>
public sealed class ProbeCommandTests
{
    [Fact]
    public async Task Probe_exits_0_on_2xx_1_otherwise_and_2_on_bad_input()
    {
        await using var gateway = await GatewayHost.StartAsync();
        var healthz = new Uri(gateway.BaseAddress, "/healthz").ToString();

        var healthy = await CliRun.Of("probe", healthz);
        Assert.Equal(0, healthy.ExitCode);
        Assert.Contains("200", healthy.Stdout);

        Assert.Equal(1, (await CliRun.Of("probe", new Uri(gateway.BaseAddress, "/not-there").ToString())).ExitCode);
        Assert.Equal(1, (await CliRun.Of("probe", "http://127.0.0.1:9/healthz", "--timeout", "2")).ExitCode);
        Assert.Equal(2, (await CliRun.Of("probe", "not a url")).ExitCode);
        Assert.Equal(2, (await CliRun.Of("probe")).ExitCode);
    }
}
