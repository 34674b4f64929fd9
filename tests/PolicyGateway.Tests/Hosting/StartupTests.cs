using System.Net;
using PolicyGateway.Hosting;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Hosting;

public sealed class StartupTests
{
    [Fact]
    public async Task Invalid_endpoint_stops_startup_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<GatewayConfigurationException>(() => GatewayApp.BuildAsync(
        [
            "--urls", "http://127.0.0.1:0",
            $"--Gateway:PoliciesPath={RepositoryPaths.Policies}",
            "--Gateway:Upstream:Endpoints:0=not a url",
            "--Gateway:Upstream:ApiKey=x",
        ]));

        Assert.Contains("Gateway:Upstream:Endpoints", error.Message);
        Assert.Contains("not a url", error.Message);
    }

    [Fact]
    public async Task Missing_upstream_key_stops_startup_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<GatewayConfigurationException>(() => GatewayApp.BuildAsync(
        [
            "--urls", "http://127.0.0.1:0",
            $"--Gateway:PoliciesPath={RepositoryPaths.Policies}",
            "--Gateway:Upstream:Endpoints:0=https://example-resource.openai.azure.com/",
        ]));

        Assert.Contains("Gateway:Upstream:ApiKey", error.Message);
    }

    [Fact]
    public async Task Outside_demo_mode_a_missing_upstream_stops_startup_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<GatewayConfigurationException>(() => GatewayApp.BuildAsync(
            ["--urls", "http://127.0.0.1:0", $"--Gateway:PoliciesPath={RepositoryPaths.Policies}"]));

        Assert.Contains("Gateway:Upstream:Endpoints", error.Message);
    }

    [Fact]
    public async Task Outside_demo_mode_the_demo_keys_are_refused()
    {
        await using var emulator = await PolicyGateway.Emulator.EmulatorServer.StartAsync(new PolicyGateway.Emulator.EmulatorOptions { ApiKey = GatewayHost.UpstreamKey });
        await using var app = await GatewayApp.BuildAsync(
        [
            "--urls", "http://127.0.0.1:0", $"--Gateway:PoliciesPath={RepositoryPaths.Policies}",
            $"--Gateway:Upstream:Endpoints:0={emulator.BaseAddress}", $"--Gateway:Upstream:ApiKey={GatewayHost.UpstreamKey}",
            "--Gateway:Upstream:HealthCheck:Enabled=false",
        ]);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = app.BoundAddress() };

        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(client, DemoKeys.UsRetail));
        Assert.Empty(app.Services.GetRequiredService<PolicyGateway.Policy.PolicyStore>().Current.Callers.Callers);
        await app.StopAsync();
    }

    [Fact]
    public async Task In_demo_mode_without_an_endpoint_the_gateway_serves_through_its_built_in_emulator()
    {
        await using var app = await GatewayApp.BuildAsync(["--urls", "http://127.0.0.1:0", $"--Gateway:PoliciesPath={RepositoryPaths.Policies}", "--Gateway:Demo=true"]);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = app.BoundAddress() };

        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        using var request = JsonRequests.Post("/openai/v1/chat/completions", """{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}""", DemoKeys.UsRetail);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Caller_registry_reloads_on_change_and_keeps_the_last_good_one_on_a_broken_edit()
    {
        var dir = Directory.CreateTempSubdirectory("pgw-callers-");
        // The demo callers come from the repository's demo file; this registry starts with one caller of its own.
        var original = $"""
            callers:
              - id: first
                name: First
                organization: First Ltd
                sector: education
                country: IE
                key_sha256: [{PolicyGateway.Callers.CallerRegistry.HashKey("pgw-first")}]
            """;
        await File.WriteAllTextAsync(Path.Combine(dir.FullName, "callers.yaml"), original);
        await using var host = await GatewayHost.StartAsync(policiesPath: dir.FullName);
        using var client = host.CreateHttpClient();
        Assert.Equal(HttpStatusCode.OK, await CallAsync(client, DemoKeys.UsRetail));
        var store = host.App.Services.GetRequiredService<PolicyGateway.Policy.PolicyStore>();

        var newKeyHash = PolicyGateway.Callers.CallerRegistry.HashKey("pgw-added-later");
        await File.WriteAllTextAsync(Path.Combine(dir.FullName, "callers.yaml"), original + $"""

              - id: added-later
                name: Added Later
                organization: Added Later Ltd
                sector: education
                country: IE
                key_sha256: [{newKeyHash}]

            """);
        Assert.True(await Eventually.TrueAsync(async () => await CallAsync(client, "pgw-added-later") == HttpStatusCode.OK));

        await PolicyReloads.RejectedAfterAsync(store, () =>
            File.WriteAllTextAsync(Path.Combine(dir.FullName, "callers.yaml"), "callers:\n  - id: broken\n    sector: pirates\n"));
        Assert.Equal(HttpStatusCode.OK, await CallAsync(client, "pgw-added-later"));
        Assert.Equal(HttpStatusCode.OK, await CallAsync(client, DemoKeys.UsRetail));
    }

    [Fact]
    public async Task A_broken_policy_edit_at_run_time_leaves_the_last_good_set_enforcing()
    {
        var dir = Directory.CreateTempSubdirectory("pgw-policies-");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Policies, "*.yaml"))
        {
            File.Copy(file, Path.Combine(dir.FullName, Path.GetFileName(file)));
        }
        await using var host = await GatewayHost.StartAsync(policiesPath: dir.FullName);
        using var client = host.CreateHttpClient();
        const string identify = """{"model":"gpt-4o","messages":[{"role":"user","content":"Identify the man in this body-camera still by matching his face against our mugshot database."}]}""";
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(client, identify));

        var store = host.App.Services.GetRequiredService<PolicyGateway.Policy.PolicyStore>();
        var lawEnforcement = Path.Combine(dir.FullName, "law-enforcement.yaml");
        var original = await File.ReadAllTextAsync(lawEnforcement);
        await PolicyReloads.RejectedAfterAsync(store, () => File.WriteAllTextAsync(lawEnforcement, original.Replace("effect: deny", "effect: maybe")));

        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(client, identify));
        Assert.Empty(host.Emulator.Recorder.Snapshot());

        // The watcher is alive: a valid edit (a reworded message) does take effect.
        var changed = await PolicyReloads.ChangedAfterAsync(store, () =>
            File.WriteAllTextAsync(lawEnforcement, original.Replace("Request blocked by compliance gateway:", "Blocked:")));
        Assert.True(changed.Succeeded);
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(client, identify));
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string json)
    {
        using var request = JsonRequests.Post("/openai/v1/chat/completions", json, DemoKeys.UsPolice);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> CallAsync(HttpClient client, string key)
    {
        using var request = JsonRequests.Post("/openai/v1/embeddings", """{"model":"text-embedding-3-small","input":"hello"}""", key);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
