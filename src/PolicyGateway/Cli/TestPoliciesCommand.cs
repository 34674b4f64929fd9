using System.Diagnostics;
using PolicyGateway.Policy.Testing;

namespace PolicyGateway.Cli;

/// <summary>
/// <c>test-policies [DIR]</c>: runs <c>DIR/tests/*.yaml</c> through the real content reader, classifier and rules,
/// prints each failure with its evidence, and ends with <c>N passed, N failed</c> (the style of <c>opa test</c>).
/// </summary>
internal static class TestPoliciesCommand
{
    private const string Rule = "--------------------------------------------------------------------------------";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (CliArguments.Parse(args, ["--policies"], ["--verbose", "-v", "--help", "-h"], out var error) is not { } parsed || parsed.Positionals.Count > 1)
        {
            return PolicyCli.Usage(stderr, error ?? "test-policies takes one directory");
        }
        if (parsed.Flag("--help", "-h"))
        {
            stdout.WriteLine("usage: test-policies [DIR] [-v|--verbose]   run DIR/tests/*.yaml against the policies in DIR");
            return ExitCodes.Success;
        }
        var directory = PolicyDirectory.Resolve(parsed.Positionals.FirstOrDefault() ?? parsed.Option("--policies"));
        if (PolicyDirectory.Load(directory, stderr) is not { } snapshot)
        {
            return ExitCodes.Failed;
        }
        var suite = PolicyTestLoader.LoadDirectory(Path.Combine(directory, PolicyTestLoader.TestsDirectoryName), snapshot);
        foreach (var loadError in suite.Errors)
        {
            stderr.WriteLine(loadError);
        }
        if (suite.Errors.Count > 0 || suite.Cases.Count == 0)
        {
            stderr.WriteLine(suite.Errors.Count > 0 ? "policy tests are invalid; nothing was run" : "no policy tests found");
            stdout.WriteLine($"0 passed, {Math.Max(1, suite.Errors.Count)} failed");
            return ExitCodes.Failed;
        }

        var engine = CliEngine.Create(snapshot);
        var verbose = parsed.Flag("--verbose", "-v");
        int passed = 0, failed = 0;
        foreach (var test in suite.Cases)
        {
            var clock = Stopwatch.StartNew();
            var result = PolicyTestRunner.Run(test, engine, snapshot);
            var took = $"{clock.Elapsed.TotalMilliseconds:0.0}ms";
            if (result.Passed)
            {
                passed++;
                if (verbose)
                {
                    stdout.WriteLine($"PASS: {test.Location}: {test.Name} ({took})");
                }
                continue;
            }
            failed++;
            stdout.WriteLine($"FAIL: {test.Location}: {test.Name} ({took})");
            foreach (var difference in result.Differences)
            {
                stdout.WriteLine($"  {difference}");
            }
            if (result.Decision is { } decision)
            {
                foreach (var line in EvidenceText.Describe(decision, snapshot))
                {
                    stdout.WriteLine($"  {line}");
                }
            }
        }
        stdout.WriteLine(Rule);
        stdout.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }
}
