using PolicyGateway.Emulator;
using static PolicyGateway.Tests.Emulator.EmulatorTestHelpers;

namespace PolicyGateway.Tests.Emulator;

public sealed class EmulatorServerTests
{
    [Fact]
    public async Task TwoEmulators_BindOwnPorts_AndAreToldApartByRegion()
    {
        await using var east = await EmulatorServer.StartAsync(new EmulatorOptions { Region = "eastus" });
        await using var west = await EmulatorServer.StartAsync(new EmulatorOptions { Region = "westus" });

        Assert.NotEqual(east.BaseAddress, west.BaseAddress);
        Assert.NotEqual(0, east.BaseAddress.Port);
        Assert.EndsWith("/", east.BaseAddress.AbsoluteUri, StringComparison.Ordinal);
        using var http = new HttpClient();
        using var fromWest = await http.GetAsync(new Uri(west.BaseAddress, "openai/v1/models"));
        Assert.Equal("westus", fromWest.Headers.GetValues("x-ms-region").Single());
        Assert.Empty(east.Recorder.Snapshot());
        Assert.Single(west.Recorder.Snapshot());
    }

    [Fact]
    public async Task StartingOnABusyPort_Throws()
    {
        await using var first = await EmulatorServer.StartAsync(new EmulatorOptions());

        await Assert.ThrowsAsync<IOException>(() => EmulatorServer.StartAsync(new EmulatorOptions(), first.BaseAddress.AbsoluteUri));
    }

    [Fact]
    public async Task StreamLeftOpen_DoesNotHoldDispose()
    {
        var server = await EmulatorServer.StartAsync(new EmulatorOptions { TokenDelay = TimeSpan.FromSeconds(30) });
        using var http = HttpClient(server);
        using var request = new HttpRequestMessage(HttpMethod.Post, "openai/v1/chat/completions") { Content = Json("""{"model":"m","stream":true,"messages":[]}""") };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await server.DisposeAsync();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"dispose took {clock.Elapsed}");
    }
}
