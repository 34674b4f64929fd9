using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PolicyGateway.Tests.Infrastructure;

/// <summary>
/// The gateway as its own OS process (<c>dotnet PolicyGateway.dll</c>, demo mode, built-in emulator), so a test can
/// kill it with SIGKILL the way a crash would, or run several that share a store. Extra arguments come last, and the
/// last value of a setting wins: they can point the gateway at other policies, an upstream or a store.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private GatewayProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>The last lines the process printed, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    public static async Task<GatewayProcess> StartAsync(string dataDirectory, params string[] extraArgs)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dataDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PolicyGateway.dll"));
        foreach (var arg in new[]
                 {
                     "--urls", $"http://127.0.0.1:{port}", "--Gateway:Demo=true", $"--Gateway:PoliciesPath={RepositoryPaths.Policies}",
                     $"--Gateway:DemoCallersPath={RepositoryPaths.DemoCallers}", $"--Gateway:Recording:DataDirectory={dataDirectory}",
                     "--Serilog:MinimumLevel:Default=Warning",
                 }.Concat(extraArgs))
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var gateway = new GatewayProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        using var client = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        // Generous: two gateways loading the intent model at once on a busy 2-core machine; a healthy start takes seconds.
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline && !gateway._process.HasExited)
        {
            try
            {
                using var ready = await client.GetAsync("readyz");
                if (ready.IsSuccessStatusCode) return gateway;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but busy starting.
            }
            await Task.Delay(200);
        }
        var output = gateway.Output;
        await gateway.DisposeAsync();
        throw new InvalidOperationException("The gateway process did not become ready:" + Environment.NewLine + output);
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress };

    /// <summary>SIGKILL: no shutdown, no flush, as in a crash.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
