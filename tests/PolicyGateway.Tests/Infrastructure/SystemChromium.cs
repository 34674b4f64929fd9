using System.Diagnostics;

namespace PolicyGateway.Tests.Infrastructure;

/// <summary>
/// Debian's chromium, which Playwright drives through <c>ExecutablePath</c>: no browser is ever downloaded. Installed
/// with apt-get when missing and running as root (CI on a fresh machine), like <see cref="PostgresServer"/>; never
/// skipped: without a browser the browser tests fail.
/// </summary>
public static class SystemChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static async Task<string> FindOrInstallAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (File.Exists(ExecutablePath)) return ExecutablePath;
            if (Environment.UserName != "root")
            {
                throw new InvalidOperationException($"{ExecutablePath} is missing and only root can install it: apt-get install -y chromium");
            }
            await RunAsync("apt-get", "update", "-qq");
            await RunAsync("apt-get", "install", "-y", "-qq", "chromium");
            return File.Exists(ExecutablePath) ? ExecutablePath : throw new InvalidOperationException($"apt-get installed chromium but there is no {ExecutablePath}");
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
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
