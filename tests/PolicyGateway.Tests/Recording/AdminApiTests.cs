using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using PolicyGateway.Callers;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Recording;

/// <summary>The admin API of a real gateway over its real SQLite store.</summary>
public sealed class AdminApiTests : IAsyncLifetime
{
    private const string OpsKey = "ops-key-for-tests-1";
    private const string DemoAdminKey = "pgw-admin-demo";
    private const string DeniedPrompt = "Identify the man in this body-camera still by matching his face against our mugshot database.";
    private GatewayHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await GatewayHost.StartAsync(null, 1, null, $"--Gateway:Admin:KeySha256:0={CallerRegistry.HashKey(OpsKey)}");
        _client = _host.CreateHttpClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-a-key", HttpStatusCode.Unauthorized)]
    [InlineData(DemoKeys.UsRetail, HttpStatusCode.Forbidden)]
    [InlineData(DemoAdminKey, HttpStatusCode.OK)]
    [InlineData(OpsKey, HttpStatusCode.OK)]
    public async Task Only_admin_keys_are_admitted_and_a_caller_key_is_forbidden(string? key, HttpStatusCode expected)
    {
        foreach (var path in new[] { "/admin/api/decisions", "/admin/api/aggregates", "/admin/api/export?format=csv", "/admin/api/decisions/dec_none" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await _client.SendAsync(request);
            Assert.Equal(expected == HttpStatusCode.OK && path.EndsWith("dec_none", StringComparison.Ordinal) ? HttpStatusCode.NotFound : expected, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_demo_admin_key_is_refused_outside_demo_mode()
    {
        await using var production = await GatewayHost.StartAsync(null, 1, null, "--Gateway:Demo=false", $"--Gateway:Admin:KeySha256:0={CallerRegistry.HashKey(OpsKey)}");
        using var client = production.CreateHttpClient();

        using var demo = await GetAsync(client, "/admin/api/decisions", DemoAdminKey);
        using var ops = await GetAsync(client, "/admin/api/decisions", OpsKey);

        Assert.Equal(HttpStatusCode.Unauthorized, demo.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ops.StatusCode);
    }

    [Fact]
    public async Task Decisions_are_listed_filtered_paged_and_shown_in_full()
    {
        var denied = await SendAsync(DemoKeys.UsPolice, DeniedPrompt);
        var ukAllowed = await SendAsync(DemoKeys.UkPolice, "Write a press release about our new community liaison officers.");
        var allowed = await SendAsync(DemoKeys.UsRetail, "Plan a team offsite.");
        Assert.True(await Eventually.TrueAsync(async () => (await ListAsync("")).Count == 3));

        Assert.Equal([denied], await ListAsync("?action=deny"));
        Assert.Equal([allowed], await ListAsync("?caller=demo-us-retail"));
        Assert.Equal([denied], await ListAsync("?rule=us-police-facial-recognition"));
        Assert.Equal([ukAllowed, denied], await ListAsync("?sector=law_enforcement"));
        Assert.Equal([ukAllowed], await ListAsync("?country=GB"));
        Assert.Equal([denied], await ListAsync("?q=mugshot"));
        Assert.Empty(await ListAsync($"?to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("o"))}"));

        using var first = await GetAsync(_client, "/admin/api/decisions?limit=2", DemoAdminKey);
        var page = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, page.GetProperty("decisions").GetArrayLength());
        var next = page.GetProperty("next").GetString();
        Assert.Equal([denied], await ListAsync($"?limit=2&cursor={next}"));

        using var one = await GetAsync(_client, $"/admin/api/decisions/{denied}", DemoAdminKey);
        var record = JsonDocument.Parse(await one.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("deny", record.GetProperty("action").GetString());
        Assert.Equal("us-police-facial-recognition", record.GetProperty("enforcedRules")[0].GetString());
        Assert.True(record.GetProperty("evidence").GetArrayLength() > 0);
        Assert.Equal(64, record.GetProperty("hash").GetString()!.Length);

        using var bad = await GetAsync(_client, "/admin/api/decisions?action=maybe", DemoAdminKey);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Aggregates_and_exports_cover_the_stored_decisions()
    {
        var denied = await SendAsync(DemoKeys.UsPolice, DeniedPrompt);

        using var aggregates = await GetAsync(_client, "/admin/api/aggregates?bucket=day", DemoAdminKey);
        var rows = JsonDocument.Parse(await aggregates.Content.ReadAsStringAsync()).RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("dimension").GetString(), r.GetProperty("key").GetString(), r.GetProperty("count").GetInt64())).ToList();
        Assert.Contains(("rule", "us-police-facial-recognition", 1L), rows);
        Assert.Contains(("caller", "demo-us-police", 1L), rows);
        Assert.Contains(("action", "deny", 1L), rows);

        using var csv = await GetAsync(_client, "/admin/api/export?format=csv&action=deny", DemoAdminKey);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("id,time,instance,action,caller_id", lines[0]);
        Assert.StartsWith(denied + ",", Assert.Single(lines[1..]));

        using var jsonl = await GetAsync(_client, "/admin/api/export?format=jsonl&action=deny", DemoAdminKey);
        var line = Assert.Single((await jsonl.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(denied, JsonDocument.Parse(line).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_stream_delivers_a_denial_as_it_is_stored()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/api/stream?action=deny");
        request.Headers.Add("x-admin-key", DemoAdminKey);
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());

        await SendAsync(DemoKeys.UsRetail, "Plan a team offsite.");
        var denied = await SendAsync(DemoKeys.UsPolice, DeniedPrompt);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var lines = new List<string>();
        while (lines.Count < 3)
        {
            var line = await reader.ReadLineAsync(timeout.Token);
            if (!string.IsNullOrEmpty(line)) lines.Add(line);
        }
        Assert.Equal([$"id: {denied}", "event: decision"], lines[..2]);
        Assert.Equal(denied, JsonDocument.Parse(lines[2]["data: ".Length..]).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_open_stream_does_not_hold_up_shutdown()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/api/stream");
        request.Headers.Add("x-admin-key", DemoAdminKey);
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());

        await _host.App.StopAsync().WaitAsync(TimeSpan.FromSeconds(10));

        // The stream ends instead of waiting for the viewer to leave.
        Assert.Equal("", (await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10))).Trim());
    }

    private async Task<string> SendAsync(string key, string prompt)
    {
        using var request = JsonRequests.Post("/openai/v1/chat/completions",
            JsonSerializer.Serialize(new { model = "gpt-4o", messages = new[] { new { role = "user", content = prompt } } }), key);
        using var response = await _client.SendAsync(request);
        return response.Headers.GetValues("x-policy-decision-id").Single();
    }

    private async Task<List<string>> ListAsync(string query)
    {
        using var response = await GetAsync(_client, "/admin/api/decisions" + query, DemoAdminKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("decisions")
            .EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-admin-key", key);
        return client.SendAsync(request);
    }
}
