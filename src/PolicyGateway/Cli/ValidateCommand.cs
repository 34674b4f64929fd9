using PolicyGateway.Policy.Testing;

namespace PolicyGateway.Cli;

/// <summary><c>validate [DIR]</c>: checks rules, callers and policy tests without starting the server.</summary>
internal static class ValidateCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (CliArguments.Parse(args, ["--policies"], ["--help", "-h"], out var error) is not { } parsed || parsed.Positionals.Count > 1)
        {
            return PolicyCli.Usage(stderr, error ?? "validate takes one directory");
        }
        if (parsed.Flag("--help", "-h"))
        {
            stdout.WriteLine("usage: validate [DIR]   check policies, callers and policy tests; errors as file:line: message");
            return ExitCodes.Success;
        }
        var directory = PolicyDirectory.Resolve(parsed.Positionals.FirstOrDefault() ?? parsed.Option("--policies"));
        if (PolicyDirectory.Load(directory, stderr) is not { } snapshot)
        {
            return ExitCodes.Failed;
        }
        var testsDirectory = Path.Combine(directory, PolicyTestLoader.TestsDirectoryName);
        var testCount = 0;
        if (Directory.Exists(testsDirectory))
        {
            var suite = PolicyTestLoader.LoadDirectory(testsDirectory, snapshot);
            foreach (var testError in suite.Errors)
            {
                stderr.WriteLine(testError);
            }
            if (suite.Errors.Count > 0)
            {
                stderr.WriteLine($"{suite.Errors.Count} error{(suite.Errors.Count == 1 ? "" : "s")} in {testsDirectory}");
                return ExitCodes.Failed;
            }
            testCount = suite.Cases.Count;
        }
        stdout.WriteLine($"{directory}: valid, version {snapshot.Version}: {snapshot.Policies.Rules.Count} rules, {snapshot.Callers.Callers.Count} callers, {testCount} tests");
        return ExitCodes.Success;
    }
}
