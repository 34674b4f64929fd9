namespace PolicyGateway.Tests.Infrastructure;

/// <summary>One PostgreSQL cluster shared by the tests of <see cref="PostgresCollection"/>; each test takes its own database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
