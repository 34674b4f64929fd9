using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PolicyGateway.Hosting;
using PolicyGateway.Tests.Cli;

namespace PolicyGateway.Tests.Smoke;

/// <summary>
/// Shadow expectations are read from the admin API's decision (<c>shadowRules</c>), with the admin key as a bearer
/// token, waiting for a decision that is recorded after its response. A stand-in gateway on Kestrel serves both sides.
/// </summary>
public sealed class SmokeShadowTests
{
    private const string AdminKey = "test-admin-key";

    [Fact]
    public async Task Shadow_rules_are_checked_through_the_admin_api_when_an_admin_key_is_given()
    {
        await using var gateway = await StandInGatewayAsync();
        using var policies = new PolicyCopy();
        var suite = policies.Write("shadow.yaml", """
            cases:
              - name: shadow as expected
                key: k
                path: /openai/v1/chat/completions
                body: { messages: [] }
                expect: allow
                shadow: [facial-identification-any-caller]
              - name: shadow not expected
                key: k
                path: /openai/v1/chat/completions
                body: { messages: [] }
                expect: allow
                shadow: []
            """);
        var address = gateway.BoundAddress().ToString();

        var checkedRun = await CliRun.Of("smoke", "--gateway", address, "--suite", suite, "--admin-key", AdminKey);
        Assert.Equal(1, checkedRun.ExitCode);
        var failure = Assert.Single(checkedRun.StdoutLines, l => l.StartsWith("FAIL: ", StringComparison.Ordinal));
        Assert.Contains("shadow not expected: expected shadow [], got [facial-identification-any-caller]; decision dec_", failure);
        Assert.Equal("1 passed, 1 failed", checkedRun.StdoutLines[^1]);

        var withoutKey = await CliRun.Of("smoke", "--gateway", address, "--suite", suite);
        Assert.Equal(0, withoutKey.ExitCode);
        Assert.Contains("shadow rules are not checked without --admin-key", withoutKey.Stderr);

        var wrongKey = await CliRun.Of("smoke", "--gateway", address, "--suite", suite, "--admin-key", "not-the-key");
        Assert.Equal(1, wrongKey.ExitCode);
        Assert.Contains("shadow rules not checkable: the admin API answered 403", wrongKey.Stdout);
    }

    /// <summary>Allows every call with a fresh decision id; the admin API knows a decision only from its second lookup on.</summary>
    private static async Task<WebApplication> StandInGatewayAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var lookups = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var next = 0;
        app.MapPost("/openai/{**rest}", (HttpContext context) =>
        {
            context.Response.Headers["x-policy-decision-id"] = $"dec_{Interlocked.Increment(ref next):x8}";
            return Results.Json(new { choices = Array.Empty<object>() });
        });
        app.MapGet("/admin/api/decisions/{id}", (HttpContext context, string id) =>
        {
            if (context.Request.Headers.Authorization != $"Bearer {AdminKey}")
            {
                return Results.StatusCode((int)HttpStatusCode.Forbidden);
            }
            return lookups.AddOrUpdate(id, 1, (_, n) => n + 1) == 1
                ? Results.NotFound()
                : Results.Json(new { id, action = "allow", shadowRules = new[] { "facial-identification-any-caller" } });
        });
        await app.StartAsync();
        return app;
    }
}
