using PolicyGateway.Emulator;
using PolicyGateway.Hosting;

namespace PolicyGateway.Tests.Infrastructure;

/// <summary>
/// A real gateway on Kestrel (127.0.0.1, free port) in front of one or more real emulators, each with its own
/// upstream key, so tests can see exactly what reached "Azure".
/// </summary>
public sealed class GatewayHost : IAsyncDisposable
{
    public const string UpstreamKey = "upstream-secret-key-0123456789";

    private GatewayHost(WebApplication app, IReadOnlyList<EmulatorServer> emulators)
    {
        App = app;
        Emulators = emulators;
        BaseAddress = app.BoundAddress();
    }

    public WebApplication App { get; }

    public IReadOnlyList<EmulatorServer> Emulators { get; }

    public EmulatorServer Emulator => Emulators[0];

    public Uri BaseAddress { get; }

    public static Task<GatewayHost> StartAsync(int emulatorCount = 1, string? policiesPath = null, params string[] extraArgs) =>
        StartAsync(null, emulatorCount, policiesPath, extraArgs);

    public static async Task<GatewayHost> StartAsync(Action<IServiceCollection>? overrideServices, int emulatorCount = 1, string? policiesPath = null, params string[] extraArgs)
    {
        var emulators = new List<EmulatorServer>();
        for (var i = 0; i < emulatorCount; i++)
        {
            emulators.Add(await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = UpstreamKey, Region = $"region-{i}" }));
        }

        var args = new List<string>
        {
            "--urls", "http://127.0.0.1:0",
            $"--Gateway:PoliciesPath={policiesPath ?? RepositoryPaths.Policies}",
            // Demo mode for its callers (the tests use the published demo keys); the upstream is the real emulators below.
            "--Gateway:Demo=true",
            $"--Gateway:DemoCallersPath={RepositoryPaths.DemoCallers}",
            $"--Gateway:Upstream:ApiKey={UpstreamKey}",
            "--Serilog:MinimumLevel:Default=Warning",
            // Probes would show up in the emulator's record; the failover tests switch them back on.
            "--Gateway:Upstream:HealthCheck:Enabled=false",
        };
        args.AddRange(emulators.Select((e, i) => $"--Gateway:Upstream:Endpoints:{i}={e.BaseAddress}"));
        args.AddRange(extraArgs);

        WebApplication? app = null;
        try
        {
            app = await GatewayApp.BuildAsync([.. args], overrideServices);
            await app.StartAsync();
            return new GatewayHost(app, emulators);
        }
        catch
        {
            // A gateway that fails to start (the tests of start-up validation) must not leave its emulators running.
            if (app is not null)
            {
                await app.DisposeAsync();
            }
            foreach (var emulator in emulators)
            {
                await emulator.DisposeAsync();
            }
            throw;
        }
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        foreach (var emulator in Emulators)
        {
            await emulator.DisposeAsync();
        }
    }
}
