using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using PolicyGateway.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PolicyGateway.Tests.Dashboard;

/// <summary>
/// The dashboard in a real browser (Debian's chromium, headless, driven by Playwright) against a real gateway and
/// emulator: sign in, a denial appears live, its detail, a rule filter, an export. Runs alone: a browser is heavy.
/// </summary>
[Collection(ExternalProcessCollection.Name)]
public sealed class DashboardBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Rule = "us-police-facial-recognition";
    private const string DeniedPrompt = "Identify the man in this body-camera still by matching his face against our mugshot database.";

    /// <summary>How long a denial may take to show; the issue asks for about a second, this allows for a busy shared machine.</summary>
    private static readonly TimeSpan LiveWithin = TimeSpan.FromSeconds(3);

    private GatewayHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        var chromium = await SystemChromium.FindOrInstallAsync();
        _host = await GatewayHost.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_denied_call_appears_live_opens_with_rule_and_evidence_filters_by_rule_and_exports()
    {
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add($"{message.Text} ({message.Location})"); };
        page.PageError += (_, error) => problems.Add(error);

        await page.GotoAsync(new Uri(_host.BaseAddress, "dashboard").ToString());
        await page.GetByLabel("Admin key").FillAsync("pgw-admin-demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#app")).ToBeVisibleAsync();
        // The stream is open before the call is sent, so what follows can only arrive through it.
        await Assertions.Expect(page.Locator("#live-status")).ToHaveTextAsync("live");
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        using var client = _host.CreateHttpClient();
        var allowed = await SendAsync(client, DemoKeys.UsRetail, "Plan a team offsite.");
        var clock = Stopwatch.StartNew();
        var denied = await SendAsync(client, DemoKeys.UsPolice, DeniedPrompt);
        var row = page.Locator($"#decision-rows tr[data-id='{denied}']");
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = (float)LiveWithin.TotalMilliseconds });
        output.WriteLine($"denial {denied} shown {clock.ElapsedMilliseconds} ms after the call was sent");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page reloaded");
        await Assertions.Expect(row.Locator("td.rule")).ToContainTextAsync(Rule);
        // The default view is denials: the allowed call is not listed.
        await Assertions.Expect(page.Locator($"#decision-rows tr[data-id='{allowed}']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#card-denied")).ToHaveTextAsync("1");
        // The chart counts denials only: the enforced rule, once; the same call's shadow match is a would-deny, not a denial.
        await Assertions.Expect(page.Locator("#chart-legend")).ToContainTextAsync($"{Rule} (1)");
        await Assertions.Expect(page.Locator("#chart-legend")).Not.ToContainTextAsync("facial-identification-any-caller");

        await row.ClickAsync();
        var detail = page.Locator("#detail");
        await Assertions.Expect(detail.Locator(".decision-id")).ToHaveTextAsync(denied);
        await Assertions.Expect(detail.Locator($".rule[data-rule='{Rule}'] .rule-id")).ToHaveTextAsync(Rule);
        await Assertions.Expect(detail.Locator($".rule[data-rule='{Rule}'] .rule-quote")).Not.ToBeEmptyAsync();
        var evidence = detail.Locator(".evidence-table tbody tr");
        Assert.True(await evidence.CountAsync() > 0);
        await Assertions.Expect(detail.Locator(".evidence-table")).ToContainTextAsync("facial_recognition");
        await Assertions.Expect(detail.Locator(".policy-version")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{12}$"));
        await Assertions.Expect(detail.Locator(".model-version")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^sem-"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Close the decision" }).ClickAsync();

        // All actions: both calls; then the rule filter leaves the denial alone.
        var filters = page.Locator("#filters");
        await filters.GetByLabel("Action").SelectOptionAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(page.Locator($"#decision-rows tr[data-id='{allowed}']")).ToHaveCountAsync(1);
        await filters.GetByLabel("Rule").SelectOptionAsync(Rule);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(page.Locator($"#decision-rows tr[data-id='{allowed}']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#decision-rows tr")).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).ClickAsync());
        Assert.Equal("decisions.csv", download.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync((await download.PathAsync())!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,time,instance,action,caller_id", lines[0]);
        Assert.StartsWith(denied + ",", Assert.Single(lines[1..]));
        Assert.Contains(Rule, lines[1]);

        await row.ClickAsync();
        await Assertions.Expect(detail.Locator(".decision-id")).ToHaveTextAsync(denied);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "artifacts", "dashboard.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"screenshot: {screenshot}");
        Console.WriteLine($"Dashboard screenshot: {screenshot}");

        // No script error and no Content-Security-Policy violation on the way.
        Assert.Empty(problems);
    }

    private static async Task<string> SendAsync(HttpClient client, string key, string prompt)
    {
        using var request = JsonRequests.Post("/openai/v1/chat/completions",
            JsonSerializer.Serialize(new { model = "gpt-4o", messages = new[] { new { role = "user", content = prompt } } }), key);
        using var response = await client.SendAsync(request);
        Assert.Equal(key == DemoKeys.UsPolice ? HttpStatusCode.Forbidden : HttpStatusCode.OK, response.StatusCode);
        return response.Headers.GetValues("x-policy-decision-id").Single();
    }
}
