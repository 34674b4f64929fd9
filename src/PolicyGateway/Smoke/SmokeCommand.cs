using PolicyGateway.Cli;

namespace PolicyGateway.Smoke;

/// <summary>
/// <c>smoke --gateway URL --suite FILE... [--junit FILE] [--admin-key K]</c>: sends every case of the suites through
/// a running gateway, prints one line per failing case, ends with <c>N passed, N failed</c> and exits 1 on any failure.
/// </summary>
internal static class SmokeCommand
{
    private const string UsageText = """
        usage: smoke --gateway URL --suite FILE [--suite FILE | FILE ...] [--junit FILE] [--admin-key KEY] [--timeout SECONDS] [-v]
          --gateway    the running gateway, e.g. http://127.0.0.1:8080
          --suite      smoke suite YAML (policies/smoke/default.yaml is the shipped one); several may be given
          --junit      also write a JUnit XML report there
          --admin-key  admin API key: also checks each case's expected shadow rules against the recorded decision
          --timeout    per request, default 100 s
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var parsed = CliArguments.Parse(args, ["--gateway", "--suite", "--junit", "--admin-key", "--timeout"], ["--verbose", "-v", "--help", "-h"], out var error);
        if (parsed is null)
        {
            return PolicyCli.Usage(stderr, error!, UsageText);
        }
        if (parsed.Flag("--help", "-h"))
        {
            await stdout.WriteLineAsync(UsageText);
            return ExitCodes.Success;
        }
        // `--suite a.yaml b.yaml` as well as `--suite a.yaml --suite b.yaml`, so a shell glob works.
        var suiteFiles = parsed.Options("--suite").Concat(parsed.Positionals).ToList();
        if (parsed.Option("--gateway") is not { } gatewayText || !Uri.TryCreate(gatewayText, UriKind.Absolute, out var gateway)
            || gateway.Scheme is not ("http" or "https"))
        {
            return PolicyCli.Usage(stderr, "--gateway URL (http or https, e.g. http://127.0.0.1:8080) is required", UsageText);
        }
        if (suiteFiles.Count == 0)
        {
            return PolicyCli.Usage(stderr, "at least one --suite FILE is required", UsageText);
        }
        var timeout = TimeSpan.FromSeconds(100);
        if (parsed.Option("--timeout") is { } timeoutText)
        {
            if (!double.TryParse(timeoutText, System.Globalization.CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
            {
                return PolicyCli.Usage(stderr, $"--timeout '{timeoutText}' must be a positive number of seconds", UsageText);
            }
            timeout = TimeSpan.FromSeconds(seconds);
        }

        var suites = new List<SmokeSuite>();
        var inputErrors = new List<string>();
        foreach (var file in suiteFiles)
        {
            var (suite, errors) = SmokeSuiteReader.Read(file);
            inputErrors.AddRange(errors);
            if (suite is not null)
            {
                suites.Add(suite);
            }
        }
        if (inputErrors.Count > 0)
        {
            // Nothing is sent when a suite is bad, so a partial run is never mistaken for a full one.
            foreach (var inputError in inputErrors)
            {
                await stderr.WriteLineAsync($"error: {inputError}");
            }
            await stdout.WriteLineAsync($"0 passed, {inputErrors.Count} failed");
            return ExitCodes.BadInput;
        }

        var adminKey = parsed.Option("--admin-key");
        if (adminKey is null && suites.Any(s => s.Cases.Any(c => c.Shadow is not null)))
        {
            await stderr.WriteLineAsync("note: shadow rules are not checked without --admin-key (the 403 names only the enforced rule)");
        }

        var started = DateTimeOffset.UtcNow;
        // A trailing slash keeps a gateway mounted under a path prefix: relative case paths are resolved below it.
        using var http = new HttpClient { BaseAddress = new Uri(gateway.AbsoluteUri.TrimEnd('/') + "/"), Timeout = timeout };
        var runner = new SmokeRunner(http, adminKey);
        var verbose = parsed.Flag("--verbose", "-v");
        var report = new List<(SmokeSuite Suite, IReadOnlyList<SmokeResult> Results)>();
        int passed = 0, failed = 0;
        foreach (var suite in suites)
        {
            var results = new List<SmokeResult>();
            foreach (var smokeCase in suite.Cases)
            {
                var result = await runner.RunAsync(smokeCase);
                results.Add(result);
                if (result.Passed)
                {
                    passed++;
                    if (verbose)
                    {
                        await stdout.WriteLineAsync($"PASS: {smokeCase.Origin}: {smokeCase.Name} (decision {result.DecisionId ?? "none"})");
                    }
                }
                else
                {
                    failed++;
                    await stdout.WriteLineAsync(SmokeOutput.FailureLine(result));
                }
            }
            report.Add((suite, results));
        }

        if (parsed.Option("--junit") is { } junit)
        {
            if (Path.GetDirectoryName(Path.GetFullPath(junit)) is { } directory)
            {
                Directory.CreateDirectory(directory);
            }
            // No byte-order mark: some CI report readers reject one before the XML declaration.
            await using var file = new StreamWriter(junit, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            JUnitReport.Build(report, gateway.AbsoluteUri, started).Save(file);
        }
        await stdout.WriteLineAsync($"{passed} passed, {failed} failed");
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }
}
