using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PolicyGateway.Recording;
using PolicyGateway.Recording.Store;
using PolicyGateway.Tests.Infrastructure;
using PolicyGateway.Tests.Recording.Store;

namespace PolicyGateway.Tests.Dashboard;

/// <summary><c>POST /admin/api/what-if</c>: an uploaded policy directory replayed in memory over a real gateway's store.</summary>
public sealed class WhatIfPreviewTests : GatewayTest
{
    private const string Threshold = "{ field: intent.facial_recognition, at_least: 0.5 }";

    [Fact]
    public async Task An_uploaded_directory_with_a_lowered_threshold_reports_the_flips_and_leaves_the_live_policies_alone()
    {
        var flips = await CommitAsync(facial: 0.45);
        await CommitAsync(facial: 0.10);
        var liveBefore = DirectoryHash(RepositoryPaths.Policies);
        var files = PolicyFiles();
        files["policies/law-enforcement.yaml"] = files["policies/law-enforcement.yaml"].Replace(Threshold, Threshold.Replace("0.5", "0.4", StringComparison.Ordinal), StringComparison.Ordinal);

        using var response = await PostAsync(files, "pgw-admin-demo");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var report = JsonDocument.Parse(body).RootElement;
        Assert.Equal(2, report.GetProperty("evaluated").GetInt32());
        Assert.Equal(1, report.GetProperty("allowToDeny").GetInt32());
        Assert.Equal(0, report.GetProperty("denyToAllow").GetInt32());
        Assert.Equal(flips, report.GetProperty("allowToDenySample")[0].GetString());
        var rule = Assert.Single(report.GetProperty("rules").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "us-police-facial-recognition");
        Assert.Equal(1, rule.GetProperty("newlyDenied").GetInt32());
        // Only the top level is the pack: tests/ and demo/ were sent (the browser sends the whole tree) and ignored.
        Assert.Equal(["callers.yaml", "identification.yaml", "law-enforcement.yaml", "manifest.yaml"],
            report.GetProperty("candidate").GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToArray());
        Assert.NotEqual(report.GetProperty("live").GetProperty("version").GetString(), report.GetProperty("candidate").GetProperty("version").GetString());

        Assert.Equal(liveBefore, DirectoryHash(RepositoryPaths.Policies));
        Assert.Equal(report.GetProperty("live").GetProperty("version").GetString(), Host.App.Services.GetRequiredService<PolicyGateway.Policy.PolicyStore>().Current.Version);
    }

    [Fact]
    public async Task An_invalid_or_weakened_pack_is_refused_with_its_errors_and_nothing_is_replayed()
    {
        var broken = PolicyFiles();
        broken["policies/law-enforcement.yaml"] = "rules: [";
        var weakened = PolicyFiles();
        weakened["policies/law-enforcement.yaml"] = weakened["policies/law-enforcement.yaml"].Replace("mode: enforce", "mode: shadow", StringComparison.Ordinal);

        foreach (var files in new[] { broken, weakened })
        {
            using var response = await PostAsync(files, "pgw-admin-demo");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
            Assert.Equal("invalid_policies", error.GetProperty("code").GetString());
            Assert.Contains(error.GetProperty("errors").EnumerateArray(), e => e.GetString()!.Contains(".yaml:", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Only_admin_keys_may_preview()
    {
        using var callerKey = await PostAsync(PolicyFiles(), DemoKeys.UsPolice);
        using var noKey = await PostAsync(PolicyFiles(), null);

        Assert.Equal(HttpStatusCode.Forbidden, callerKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
    }

    /// <summary>An allowed call of US police whose facial-recognition confidence was <paramref name="facial"/>.</summary>
    private async Task<string> CommitAsync(double facial)
    {
        var record = SampleRecords.Decision(DateTimeOffset.UtcNow.AddHours(-1), action: "allow", enforced: [], shadow: []) with
        {
            Intents = new Dictionary<string, double>
            {
                ["facial_recognition"] = facial, ["realtime"] = 0, ["mobile_camera"] = 0, ["in_the_wild"] = 0, ["watchlist_match"] = 0.8, ["law_enforcement_context"] = 0.9,
            },
        };
        await Host.App.Services.GetRequiredService<IDecisionJournal>().CommitAsync(record, CancellationToken.None);
        return record.Id;
    }

    /// <summary>The shipped policy directory as a browser's directory upload names it: every file, with the directory first.</summary>
    private static Dictionary<string, string> PolicyFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.Policies, "*.yaml", SearchOption.AllDirectories)
            .ToDictionary(f => "policies/" + Path.GetRelativePath(RepositoryPaths.Policies, f).Replace('\\', '/'), File.ReadAllText);

    private async Task<HttpResponseMessage> PostAsync(Dictionary<string, string> files, string? key)
    {
        using var client = Host.CreateHttpClient();
        using var form = new MultipartFormDataContent();
        foreach (var (path, content) in files)
        {
            form.Add(new StringContent(content, Encoding.UTF8, "application/yaml"), "files", path);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/api/what-if?since=7d") { Content = form };
        if (key is not null) request.Headers.Add("x-admin-key", key);
        return await client.SendAsync(request);
    }

    private static string DirectoryHash(string directory) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
            Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => f + "\0" + File.ReadAllText(f))))));
}
