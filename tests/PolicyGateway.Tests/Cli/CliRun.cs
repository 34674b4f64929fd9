using PolicyGateway.Cli;

namespace PolicyGateway.Tests.Cli;

/// <summary>Runs a policy verb in-process and captures what it printed.</summary>
internal sealed record CliRun(int? ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static async Task<CliRun> Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await PolicyCli.TryRunAsync(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static string Policies => Infrastructure.RepositoryPaths.Policies;
}
