using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Deployment;

/// <summary>
/// The published build is what production runs: it must never answer from the built-in emulator or accept the demo
/// keys, even when it is started in the Development environment whose settings turn demo mode on for `dotnet run`.
/// </summary>
public sealed class PublishedBuildTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("pgw-publish-").FullName;

    [Fact]
    public async Task A_published_build_started_in_Development_without_an_upstream_refuses_to_start()
    {
        var repository = Path.GetDirectoryName(RepositoryPaths.Policies)!;
        // --no-build: publish what the test run already built (Release), so nothing else's binaries are rewritten.
        var publish = await ProcessRun.Of("dotnet", repository,
            "publish", Path.Combine("src", "PolicyGateway"), "-c", "Release", "--no-build", "-o", _output);
        Assert.True(publish.ExitCode == 0, publish.Stdout + publish.Stderr);
        Assert.True(File.Exists(Path.Combine(_output, "PolicyGateway.dll")));
        Assert.False(File.Exists(Path.Combine(_output, "appsettings.Development.json")), "the demo switch was published");

        var run = await ProcessRun.Of("dotnet", _output,
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["DOTNET_ENVIRONMENT"] = "Development" },
            Path.Combine(_output, "PolicyGateway.dll"), "--urls", "http://127.0.0.1:0", $"--Gateway:PoliciesPath={RepositoryPaths.Policies}");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Gateway:Upstream:Endpoints", run.Stdout + run.Stderr);
        Assert.DoesNotContain("DEMO MODE", run.Stdout + run.Stderr);
    }

    public void Dispose() => Directory.Delete(_output, recursive: true);
}
