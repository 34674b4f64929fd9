using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Dashboard;

/// <summary>What the gateway serves at /dashboard, and the admin API calls only the dashboard makes.</summary>
public sealed partial class DashboardEndpointTests : GatewayTest
{
    [Theory]
    [InlineData("/dashboard", "text/html")]
    [InlineData("/dashboard/dashboard.js", "text/javascript")]
    [InlineData("/dashboard/dashboard.css", "text/css")]
    public async Task The_page_and_its_files_are_public_and_served_under_a_strict_content_security_policy(string path, string mediaType)
    {
        using var client = Host.CreateHttpClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("connect-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_page_has_no_inline_script_or_style_loads_nothing_from_elsewhere_and_renders_data_as_text()
    {
        using var client = Host.CreateHttpClient();
        var html = await client.GetStringAsync("/dashboard");
        var script = await client.GetStringAsync("/dashboard/dashboard.js");

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(OnHandler(), html);
        Assert.DoesNotMatch(ExternalUrl(), html);
        Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("outerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("eval(", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_dashboard_file_is_not_found()
    {
        using var client = Host.CreateHttpClient();

        using var response = await client.GetAsync("/dashboard/secrets.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_rule_catalog_gives_each_rule_its_quoted_source_to_admins_only()
    {
        using var client = Host.CreateHttpClient();
        using var anonymous = await client.GetAsync("/admin/api/rules");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/api/rules");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "pgw-admin-demo");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var catalog = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Matches("^[0-9a-f]{12}$", catalog.GetProperty("version").GetString());
        var rule = catalog.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "us-police-facial-recognition");
        Assert.Equal("enforce", rule.GetProperty("mode").GetString());
        Assert.Contains("facial recognition", rule.GetProperty("source").GetProperty("quote").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrEmpty(rule.GetProperty("source").GetProperty("document").GetString()));
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<[^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex OnHandler();

    [GeneratedRegex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}
