using System.Xml.Linq;
using PolicyGateway.Tests.Cli;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Smoke;

/// <summary>The smoke verb against a real gateway (Kestrel on 127.0.0.1, real emulator upstream), as CI runs it.</summary>
public sealed class SmokeCommandTests
{
    /// <summary>
    /// These tests check what is decided, not how fast: with the other test classes loading both cores, a decision can
    /// overrun the default 250 ms budget and fail closed, which is a latency result, not a policy one.
    /// </summary>
    private const string GenerousBudget = "--Gateway:Inspection:DecisionBudget=00:00:10";

    private static string ShippedSuite => Path.Combine(RepositoryPaths.Policies, "smoke", "default.yaml");

    [Fact]
    public async Task The_shipped_suite_passes_against_the_demo_gateway_and_writes_junit()
    {
        await using var gateway = await GatewayHost.StartAsync(1, null, GenerousBudget);
        var junit = Path.Combine(Directory.CreateTempSubdirectory("pgw-smoke-").FullName, "reports", "smoke.xml");

        var run = await CliRun.Of("smoke", "--gateway", gateway.BaseAddress.ToString(), "--suite", ShippedSuite, "--junit", junit);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.DoesNotContain("FAIL", run.Stdout);
        Assert.Matches(@"^\d+ passed, 0 failed$", run.StdoutLines[^1]);
        var report = XDocument.Load(junit).Root!;
        Assert.Equal("0", report.Attribute("failures")!.Value);
        var cases = report.Descendants("testcase").ToList();
        Assert.True(cases.Count >= 20, $"{cases.Count} cases");
        Assert.Equal(run.StdoutLines[^1].Split(' ')[0], cases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Every shipped enforced rule is exercised on its deny side, and the allowed side is exercised too.
        var suite = await File.ReadAllTextAsync(ShippedSuite);
        Assert.Contains("rule: us-police-facial-recognition", suite);
        Assert.Contains("rule: law-enforcement-realtime-mobile-facial-recognition", suite);
        Assert.Contains("shadow: [facial-identification-any-caller]", suite);
        Assert.Contains("expect: allow", suite);
    }

    [Fact]
    public async Task A_rule_broken_on_purpose_fails_loudly_with_decision_ids_and_junit_failures()
    {
        using var policies = new PolicyCopy();
        // Break the US-police rule: "US" becomes "CA", so US police facial recognition is no longer denied.
        var rules = Path.Combine(policies.Path, "law-enforcement.yaml");
        var text = await File.ReadAllTextAsync(rules);
        Assert.Contains("{ field: caller.country, equals: US }", text);
        await File.WriteAllTextAsync(rules, text.Replace("{ field: caller.country, equals: US }", "{ field: caller.country, equals: CA }", StringComparison.Ordinal));
        // The manifest's floor would refuse that weaker rule at start-up; lower it too, as a deliberate change would.
        var manifest = Path.Combine(policies.Path, "manifest.yaml");
        var floors = await File.ReadAllTextAsync(manifest);
        Assert.Contains("{ field: caller.country, equals: US }", floors);
        await File.WriteAllTextAsync(manifest, floors.Replace("{ field: caller.country, equals: US }", "{ field: caller.country, equals: CA }", StringComparison.Ordinal));
        await using var gateway = await GatewayHost.StartAsync(1, policies.Path, GenerousBudget);
        var junit = Path.Combine(policies.Path, "smoke.xml");

        var run = await CliRun.Of("smoke", "--gateway", gateway.BaseAddress.ToString(), "--suite", ShippedSuite, "--junit", junit);

        Assert.Equal(1, run.ExitCode);
        var failures = run.StdoutLines.Where(l => l.StartsWith("FAIL: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(failures);
        Assert.Contains(failures, l => l.Contains("US police identify a man in a body-camera still against mugshots: expected deny by us-police-facial-recognition, got allowed (200)", StringComparison.Ordinal));
        Assert.All(failures, l => Assert.Matches(@"; decision dec_[0-9a-f]+", l));
        Assert.Matches($@"^\d+ passed, {failures.Count} failed$", run.StdoutLines[^1]);

        var report = XDocument.Load(junit).Root!;
        Assert.Equal(failures.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), report.Attribute("failures")!.Value);
        var failure = report.Descendants("failure").First();
        Assert.StartsWith("expected deny", failure.Attribute("message")!.Value, StringComparison.Ordinal);
        Assert.Contains("decision: dec_", failure.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_denial_reports_the_gateways_reason_and_a_key_comes_from_the_environment()
    {
        await using var gateway = await GatewayHost.StartAsync(1, null, GenerousBudget);
        using var policies = new PolicyCopy();
        var variable = "PGW_SMOKE_TEST_KEY_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, DemoKeys.UsPolice);
        try
        {
            var suite = policies.Write("wrong.yaml", $$"""
                name: wrong-expectations
                cases:
                  - name: expects police face matching to be allowed
                    key_env: {{variable}}
                    path: /openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21
                    body: { messages: [ { role: user, content: "Identify the man in this photo by matching his face against our mugshot database." } ] }
                    expect: allow
                  - name: a haiku
                    key: {{DemoKeys.UsRetail}}
                    path: /openai/v1/chat/completions
                    body_file: haiku.json
                    expect: allow
                """);
            policies.Write("haiku.json", """{"model":"gpt-4o","messages":[{"role":"user","content":"Write a haiku about autumn."}]}""");

            var run = await CliRun.Of("smoke", "--gateway", gateway.BaseAddress.ToString(), "--suite", suite);

            Assert.Equal(1, run.ExitCode);
            var failure = Assert.Single(run.StdoutLines, l => l.StartsWith("FAIL: ", StringComparison.Ordinal));
            Assert.Matches(@"^FAIL: .*wrong\.yaml:3: expects police face matching to be allowed: expected allow, got denied by us-police-facial-recognition; decision dec_[0-9a-f]+; reason: Request blocked by compliance gateway", failure);
            Assert.Equal("1 passed, 1 failed", run.StdoutLines[^1]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task An_invalid_suite_sends_nothing_and_names_file_and_line()
    {
        using var policies = new PolicyCopy();
        var suite = policies.Write("invalid.yaml", """
            cases:
              - name: no key
                path: /openai/v1/chat/completions
                expect: allow
              - name: unknown expectation
                key: k
                path: /openai/v1/chat/completions
                expect: maybe
                colour: blue
              - name: unset variable
                key_env: PGW_SMOKE_TEST_SURELY_UNSET
                path: /openai/v1/chat/completions
                expect: deny
            """);

        // Port 9 (discard) on loopback: nothing may be sent, so nothing needs to listen.
        var run = await CliRun.Of("smoke", "--gateway", "http://127.0.0.1:9", "--suite", suite);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("invalid.yaml:2: give the caller's gateway key as 'key' or name the environment variable", run.Stderr);
        Assert.Contains("invalid.yaml:8: 'expect' must be allow or deny, not 'maybe'", run.Stderr);
        Assert.Contains("invalid.yaml:9: unknown field 'colour'", run.Stderr);
        Assert.Contains("invalid.yaml:11: environment variable 'PGW_SMOKE_TEST_SURELY_UNSET' (key_env) is not set", run.Stderr);
        Assert.DoesNotContain("FAIL:", run.Stdout);
    }

    [Fact]
    public async Task An_unreachable_gateway_fails_every_case()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var run = await CliRun.Of("smoke", "--gateway", $"http://127.0.0.1:{port}", "--suite", ShippedSuite, "--timeout", "5");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no answer from the gateway", run.Stdout);
        Assert.Matches(@"^0 passed, \d+ failed$", run.StdoutLines[^1]);
    }

    [Fact]
    public async Task Usage_errors_exit_2()
    {
        Assert.Equal(2, (await CliRun.Of("smoke", "--suite", ShippedSuite)).ExitCode);
        Assert.Equal(2, (await CliRun.Of("smoke", "--gateway", "http://127.0.0.1:9")).ExitCode);
        Assert.Equal(2, (await CliRun.Of("smoke", "--gateway", "ftp://x", "--suite", ShippedSuite)).ExitCode);
    }
}
