using System.Diagnostics;
using System.Text.Json;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Blocking;

/// <summary>The real openai npm package (tests/sdk-node) against the real gateway: a block is a PermissionDeniedError, never retried.</summary>
public sealed class NodeSdkTests
{
    [Fact]
    public async Task Openai_npm_throws_PermissionDeniedError_without_retrying_and_streams_allowed_calls()
    {
        var project = Path.Combine(Path.GetDirectoryName(RepositoryPaths.Policies)!, "tests", "sdk-node");
        if (!File.Exists(Path.Combine(project, "node_modules", "openai", "package.json")))
        {
            await RunAsync("npm", "ci --no-audit --no-fund", project, []);
        }
        await using var host = await GatewayHost.StartAsync();

        var output = await RunAsync("node", "sdk-check.mjs", project, new() { ["GATEWAY_URL"] = host.BaseAddress.ToString().TrimEnd('/') });

        using var result = JsonDocument.Parse(output);
        var blocked = result.RootElement.GetProperty("blocked");
        Assert.Equal("PermissionDeniedError", blocked.GetProperty("outcome").GetString());
        Assert.Equal(403, blocked.GetProperty("status").GetInt32());
        Assert.Equal("us-police-facial-recognition", blocked.GetProperty("code").GetString());
        Assert.Equal("policy_violation", blocked.GetProperty("type").GetString());
        Assert.StartsWith("403 Request blocked by compliance gateway", blocked.GetProperty("message").GetString());
        Assert.Contains("Rule: us-police-facial-recognition.", blocked.GetProperty("message").GetString());
        Assert.StartsWith("dec_", blocked.GetProperty("decisionId").GetString());
        Assert.Equal(1, result.RootElement.GetProperty("blockedCalls").GetInt32());
        Assert.False(string.IsNullOrEmpty(result.RootElement.GetProperty("allowedStreamText").GetString()));
    }

    private static async Task<string> RunAsync(string file, string arguments, string directory, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{file} {arguments} exited {process.ExitCode}: {await stderr}");
        return await stdout;
    }
}
