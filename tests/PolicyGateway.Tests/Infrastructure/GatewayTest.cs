namespace PolicyGateway.Tests.Infrastructure;

/// <summary>A fresh gateway and emulator per test, so what the emulator recorded belongs to that test alone.</summary>
public abstract class GatewayTest : IAsyncLifetime
{
    protected GatewayHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await GatewayHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
