using System.Text;
using System.Text.Json;
using PolicyGateway.Policy;
using PolicyGateway.Policy.Testing;

namespace PolicyGateway.Core.Tests.Policy;

public sealed class PolicyTestLoaderTests
{
    private static readonly PolicySnapshot Pack = RepositoryPaths.LoadPack();

    private static PolicyTestSuite Parse(string yaml) => PolicyTestLoader.Parse([("t.yaml", yaml)], Pack);

    [Fact]
    public void Shipped_tests_load_and_cover_every_rule()
    {
        var suite = PolicyTestLoader.LoadDirectory(Path.Combine(RepositoryPaths.Policies, "tests"), Pack);
        Assert.Empty(suite.Errors);
        var covered = suite.Cases.SelectMany(c => c.Rules.Concat(c.Shadow ?? [])).ToHashSet();
        Assert.All(Pack.Policies.Rules, r => Assert.Contains(r.Id, covered));
        Assert.Contains(suite.Cases, c => c.Action == ExpectedAction.Allow && c.CallerId == "demo-us-police");
    }

    [Fact]
    public void Yaml_bodies_become_json_with_core_schema_scalars()
    {
        var suite = Parse("""
            tests:
              - name: n
                caller: demo-us-retail
                request:
                  path: /openai/v1/responses
                  body: { model: gpt-4o, temperature: 0.2, max_output_tokens: 50, store: false, user: null, input: "007", tags: [a, 'true'] }
                expect: { action: allow }
            """);
        var test = Assert.Single(suite.Cases);
        var json = JsonDocument.Parse(test.Body).RootElement;
        Assert.Equal("gpt-4o", json.GetProperty("model").GetString());
        Assert.Equal(0.2, json.GetProperty("temperature").GetDouble());
        Assert.Equal(50, json.GetProperty("max_output_tokens").GetInt32());
        Assert.False(json.GetProperty("store").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("user").ValueKind);
        Assert.Equal("007", json.GetProperty("input").GetString());
        Assert.Equal("true", json.GetProperty("tags")[1].GetString());
        Assert.Equal(("POST", "application/json"), (test.Method, test.ContentType));
        Assert.Empty(test.Rules);
        Assert.Null(test.Shadow);
    }

    [Fact]
    public void Text_and_base64_bodies_are_sent_as_given()
    {
        var suite = Parse("""
            tests:
              - { name: text, caller: demo-us-retail, request: { path: /x, content_type: text/plain, body_text: "a b" }, expect: { action: reject } }
              - { name: b64, caller: demo-us-retail, request: { path: /x, body_base64: aGk= }, expect: { action: allow, shadow: [] } }
            """);
        Assert.Empty(suite.Errors);
        Assert.Equal("a b", Encoding.UTF8.GetString(suite.Cases[0].Body.Span));
        Assert.Equal(ExpectedAction.Reject, suite.Cases[0].Action);
        Assert.Equal("hi", Encoding.UTF8.GetString(suite.Cases[1].Body.Span));
        Assert.Null(suite.Cases[1].ContentType);
        Assert.Equal([], suite.Cases[1].Shadow);
    }

    [Fact]
    public void Mistakes_in_tests_are_reported_with_lines()
    {
        var suite = Parse("""
            tests:
              - name: unknown caller
                caller: demo-nobody
                request: { path: /openai/v1/responses, body: {} }
                expect: { action: deny, rules: [no-such-rule] }
              - name: two bodies and a typo
                caller: demo-us-retail
                request: { path: openai/v1/responses, body: {}, body_text: x, methd: GET }
                expect: { action: block }
            """);
        Assert.Empty(suite.Cases);
        var errors = suite.Errors.Select(e => $"{e.Location.Line}: {e.Message}").ToList();
        Assert.Contains(errors, e => e.StartsWith("3: ") && e.Contains("unknown caller 'demo-nobody'"));
        Assert.Contains(errors, e => e.StartsWith("5: ") && e.Contains("no rule has the id 'no-such-rule'"));
        Assert.Contains(errors, e => e.StartsWith("8: ") && e.Contains("starts with '/'"));
        Assert.Contains(errors, e => e.StartsWith("8: ") && e.Contains("give one of body, body_text, body_base64"));
        Assert.Contains(errors, e => e.StartsWith("8: ") && e.Contains("unknown field 'methd' (did you mean 'method'?)"));
        Assert.Contains(errors, e => e.StartsWith("9: ") && e.Contains("expect.action must be allow, deny or reject, not 'block'"));
    }

    [Fact]
    public void A_file_without_tests_is_an_error()
    {
        var suite = Parse("cases: []");
        Assert.Contains(suite.Errors, e => e.Message.Contains("unknown field 'cases'"));
        Assert.Contains(suite.Errors, e => e.Message.Contains("defines no tests"));
    }
}
