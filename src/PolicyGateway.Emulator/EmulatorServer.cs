using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PolicyGateway.Emulator.Hosting;

namespace PolicyGateway.Emulator;

/// <summary>An emulated Azure OpenAI resource listening on a real socket, for tests, benchmarks and the gateway's local mode.</summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmulatorServer(WebApplication app, Uri baseAddress, EmulatorOptions options, RequestRecorder recorder)
    {
        _app = app;
        BaseAddress = baseAddress;
        Options = options;
        Recorder = recorder;
    }

    /// <summary>The bound address with the port resolved and a trailing slash, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    public EmulatorOptions Options { get; }

    public RequestRecorder Recorder { get; }

    public static async Task<EmulatorServer> StartAsync(EmulatorOptions options, string url = "http://127.0.0.1:0", CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(url);

        // The empty builder reads no appsettings or environment, so the host process's configuration cannot leak in.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseUrls(url);
        EmulatorApp.ConfigureServices(builder);

        var app = builder.Build();
        var recorder = new RequestRecorder(options);
        EmulatorApp.Configure(app, options, recorder);
        try
        {
            await app.StartAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EmulatorServer(app, new Uri(address.TrimEnd('/') + "/"), options, recorder);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
