using System.Diagnostics;

namespace PolicyGateway.Tests.Infrastructure;

/// <summary><c>dotnet PolicyGateway.dll audit verify</c> as its own process, the way an operator runs it against a store.</summary>
public static class AuditVerifyProcess
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string connectionString)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PolicyGateway.dll"));
        start.ArgumentList.Add("audit");
        start.ArgumentList.Add("verify");
        start.ArgumentList.Add($"--Gateway:Recording:ConnectionString={connectionString}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
