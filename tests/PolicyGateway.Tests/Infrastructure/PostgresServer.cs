using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace PolicyGateway.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster (initdb + pg_ctl) on a free 127.0.0.1 port, from Debian's packages. Installs them
/// with apt-get when missing (CI runs as root on a fresh machine). Never skips: if PostgreSQL cannot be installed or
/// started, creating the server throws and the PostgreSQL tests fail.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string Superuser = "gateway";
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private readonly string _bin;
    private readonly string _root;
    private readonly string _data;
    private readonly bool _asRoot;

    private PostgresServer(string bin, string root, int port, bool asRoot)
    {
        _bin = bin;
        _root = root;
        _data = Path.Combine(root, "data");
        Port = port;
        _asRoot = asRoot;
    }

    public int Port { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = await FindOrInstallAsync();
        var root = Path.Combine(Path.GetTempPath(), "pgw-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // PostgreSQL refuses to run as root: the cluster belongs to the postgres user the package created.
            await RunAsync("chown", ["-R", "postgres:postgres", root]);
        }
        var server = new PostgresServer(bin, root, FreePort(), asRoot);
        await server.RunPgAsync("initdb", ["-D", server._data, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--no-sync"]);
        await server.StartServerAsync();
        return server;
    }

    /// <summary>A new empty database on this server, for one test's store.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "pgw_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        // No pooling: a stopped server must not leave broken pooled connections behind for the next start.
        $"Host=127.0.0.1;Port={Port};Username={Superuser};Database={database};Pooling=false;Timeout=5";

    /// <summary>Stops the server at once, as a crash or outage would.</summary>
    public Task StopServerAsync() => RunPgAsync("pg_ctl", ["-D", _data, "-m", "immediate", "-w", "stop"]);

    public Task StartServerAsync() => RunPgAsync("pg_ctl", ["-D", _data, "-w", "-t", "60", "-l", Path.Combine(_root, "server.log"),
        "-o", $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50", "start"]);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopServerAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        Directory.Delete(_root, recursive: true);
    }

    private Task RunPgAsync(string program, string[] args) =>
        _asRoot
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, program), .. args])
            : RunAsync(Path.Combine(_bin, program), args);

    private static async Task<string> FindOrInstallAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (FindBin() is { } bin) return bin;
            if (Environment.UserName != "root")
            {
                throw new InvalidOperationException("PostgreSQL is not installed and only root can install it: apt-get install -y postgresql");
            }
            await RunAsync("apt-get", ["update", "-qq"]);
            await RunAsync("apt-get", ["install", "-y", "-qq", "postgresql"], ("DEBIAN_FRONTEND", "noninteractive"));
            return FindBin() ?? throw new InvalidOperationException("apt-get installed postgresql but no initdb was found under /usr/lib/postgresql");
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static string? FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, string[] args, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}{await stdout}");
        }
    }
}
