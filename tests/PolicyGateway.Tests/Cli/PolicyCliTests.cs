using System.Text.Json;

namespace PolicyGateway.Tests.Cli;

public sealed class PolicyCliTests
{
    private const string ChatPath = "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21";

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:5000")]
    [InlineData("serve")]
    public async Task Other_arguments_are_left_to_the_server(params string[] args)
    {
        Assert.Null((await CliRun.Of(args)).ExitCode);
    }

    [Fact]
    public async Task Validate_accepts_the_shipped_pack()
    {
        var run = await CliRun.Of("validate", CliRun.Policies);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("valid, version", run.Stdout);
        Assert.Contains("4 rules, 8 callers", run.Stdout);
    }

    [Fact]
    public async Task Validate_reports_errors_with_file_and_line()
    {
        using var copy = new PolicyCopy();
        copy.Write("broken.yaml", """
            rules:
              - id: broken
                title: t
                source: { document: d, quote: q }
                effect: deny
                mode: enforce
                message: m
                when: { field: caller.country, equals: USA }
            """);
        var run = await CliRun.Of("validate", copy.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"broken\.yaml:8: 'USA' is not an ISO 3166-1 alpha-2 country code", run.Stderr);
    }

    [Fact]
    public async Task Test_policies_passes_on_the_shipped_pack()
    {
        var run = await CliRun.Of("test-policies", CliRun.Policies);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Matches(@"^\d+ passed, 0 failed$", run.StdoutLines[^1]);
        Assert.DoesNotContain("FAIL", run.Stdout);
    }

    [Fact]
    public async Task Test_policies_fails_and_explains_a_wrong_expectation()
    {
        using var copy = new PolicyCopy();
        copy.Write("tests/wrong.yaml", $$"""
            tests:
              - name: expects police face matching to be allowed
                caller: demo-us-police
                request:
                  path: {{ChatPath}}
                  body: { messages: [ { role: user, content: "Identify the man in this photo by matching his face against our mugshot database." } ] }
                expect:
                  action: allow
                  rules: []
            """);
        var run = await CliRun.Of("test-policies", copy.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAIL: ", run.Stdout);
        Assert.Contains("wrong.yaml:2: expects police face matching to be allowed", run.Stdout);
        Assert.Contains("expected action allow, got deny", run.Stdout);
        Assert.Contains("expected rules [], got [us-police-facial-recognition]", run.Stdout);
        Assert.Contains("facial_recognition", run.Stdout);
        Assert.Matches(@"matched us-police-facial-recognition \(deny, enforce\) at .*law-enforcement\.yaml:4", run.Stdout);
        Assert.Matches(@"^\d+ passed, 1 failed$", run.StdoutLines[^1]);
    }

    [Fact]
    public async Task Test_policies_refuses_a_test_naming_an_unknown_rule()
    {
        using var copy = new PolicyCopy();
        copy.Write("tests/typo.yaml", $$"""
            tests:
              - name: typo in the rule id
                caller: demo-us-police
                request: { path: "{{ChatPath}}", body: { messages: [] } }
                expect: { action: deny, rules: [us-police-face-recognition] }
            """);
        var run = await CliRun.Of("test-policies", copy.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("typo.yaml:5: no rule has the id 'us-police-face-recognition'", run.Stderr);
        Assert.NotEqual("0 passed, 0 failed", run.StdoutLines[^1]);
    }

    [Fact]
    public async Task Check_decides_each_case_of_a_cases_file()
    {
        using var copy = new PolicyCopy();
        var cases = copy.Write("cases.jsonl", string.Join("\n",
            $$$"""{"id":"face","caller":"demo-us-police","path":"{{{ChatPath}}}","body":{"messages":[{"role":"user","content":"Identify the man in this photo by matching his face against our mugshot database."}]},"note":"ignored"}""",
            $$$"""{"id":"report","caller":"demo-us-police","method":"POST","path":"{{{ChatPath}}}","headers":{"Content-Type":"application/json"},"body":{"messages":[{"role":"user","content":"Draft a burglary report from these notes."}]}}""",
            $$$"""{"id":"bad-body","caller":"demo-us-retail","path":"{{{ChatPath}}}","content_type":"application/json","body_base64":"eyJtZXNzYWdlcyI6"}""",
            ""));
        var run = await CliRun.Of("check", "--cases", cases, "--policies", copy.Path);

        Assert.Equal(0, run.ExitCode);
        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);

        Assert.Equal(("face", "deny"), (lines[0].GetProperty("id").GetString(), lines[0].GetProperty("action").GetString()));
        Assert.Equal(["us-police-facial-recognition"], lines[0].GetProperty("rules").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["facial-identification-any-caller"], lines[0].GetProperty("shadow").EnumerateArray().Select(e => e.GetString()));
        Assert.True(lines[0].GetProperty("intents").GetProperty("facial_recognition").GetDouble() >= 0.5);
        Assert.NotEmpty(lines[0].GetProperty("evidence").EnumerateArray());
        Assert.Matches("^sem-[0-9a-f]{12}$", lines[0].GetProperty("model_version").GetString());
        Assert.Equal("messages[0].content", lines[0].GetProperty("clause").GetProperty("location").GetString());
        Assert.StartsWith("identify the man", lines[0].GetProperty("clause").GetProperty("excerpt").GetString());

        Assert.Equal("allow", lines[1].GetProperty("action").GetString());
        Assert.Empty(lines[1].GetProperty("rules").EnumerateArray());

        Assert.Equal("reject", lines[2].GetProperty("action").GetString());
        Assert.Equal(400, lines[2].GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Check_refuses_bad_input_and_names_the_line()
    {
        using var copy = new PolicyCopy();
        var cases = copy.Write("cases.jsonl", string.Join("\n",
            $$$"""{"id":"ok","caller":"demo-us-police","path":"{{{ChatPath}}}","body":{}}""",
            """{"id":"oops","caller":"nobody","path":"/openai/v1/responses","body":{}}""",
            """{"id": "truncated" """));
        var run = await CliRun.Of("check", "--cases", cases, "--policies", copy.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("cases.jsonl:2: case 'oops': unknown caller 'nobody'", run.Stderr);
        Assert.Contains("cases.jsonl:3: not a JSON object", run.Stderr);
    }

    [Fact]
    public async Task Check_decides_one_request_from_options()
    {
        using var copy = new PolicyCopy();
        var body = copy.Write("body.json", """{"messages":[{"role":"user","content":"Translate this statement into English: 'Je l'ai vu partir.'"}]}""");
        var run = await CliRun.Of("check", "--caller", "demo-fr-police", "--path", ChatPath, "--body", body, "--policies", copy.Path);

        Assert.Equal(0, run.ExitCode);
        var line = JsonDocument.Parse(Assert.Single(run.StdoutLines)).RootElement;
        Assert.Equal(("request", "allow"), (line.GetProperty("id").GetString(), line.GetProperty("action").GetString()));
    }

    [Theory]
    [InlineData("check", "--nope")]
    [InlineData("check", "--caller", "demo-us-police")]
    [InlineData("validate", "a", "b")]
    public async Task Usage_mistakes_exit_2(params string[] args)
    {
        var run = await CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr);
    }
}
