using System.Diagnostics;

namespace PolicyGateway.Tests.Deployment;

/// <summary>Runs a tool (bash, kubectl, node) to completion and keeps its exit code and output.</summary>
internal sealed record ProcessRun(int ExitCode, string Stdout, string Stderr)
{
    public static Task<ProcessRun> Of(string file, string directory, params string[] arguments) =>
        Of(file, directory, new Dictionary<string, string>(), arguments);

    public static async Task<ProcessRun> Of(string file, string directory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // npm ci on a cold cache is the slow part.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new ProcessRun(process.ExitCode, await stdout, await stderr);
    }
}
