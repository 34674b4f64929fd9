using System.Net;
using PolicyGateway.Policy;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Hardening;

/// <summary>Defect 10: deleting or softening a required rule while running must not shrink what is enforced.</summary>
public sealed class PolicyPackAttacks
{
    [Fact]
    public async Task Deleting_law_enforcement_yaml_while_running_is_rejected_and_the_rules_stay_enforced()
    {
        await using var pack = await CopiedPack.StartAsync();

        var rejected = await PolicyReloads.RejectedAfterAsync(pack.Store, () =>
        {
            File.Delete(Path.Combine(pack.Directory, "law-enforcement.yaml"));
            return Task.CompletedTask;
        });

        Assert.Contains(rejected.Errors, e => e.Message.Contains("us-police-facial-recognition", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, await pack.PostProhibitedAsync());
        Assert.Empty(pack.Host.Emulator.Recorder.Snapshot());
    }

    [Theory]
    [InlineData("mode: enforce", "mode: shadow")]
    [InlineData("effect: deny", "effect: allow")]
    public async Task Weakening_a_required_rule_is_rejected(string from, string to)
    {
        await using var pack = await CopiedPack.StartAsync();
        var file = Path.Combine(pack.Directory, "law-enforcement.yaml");
        var original = await File.ReadAllTextAsync(file);

        await PolicyReloads.RejectedAfterAsync(pack.Store, () => File.WriteAllTextAsync(file, original.Replace(from, to, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Forbidden, await pack.PostProhibitedAsync());
    }

    [Fact]
    public async Task Deleting_the_manifest_together_with_the_rules_is_rejected_too()
    {
        await using var pack = await CopiedPack.StartAsync();

        await PolicyReloads.RejectedAfterAsync(pack.Store, () =>
        {
            File.Delete(Path.Combine(pack.Directory, PolicyManifest.FileName));
            File.Delete(Path.Combine(pack.Directory, "law-enforcement.yaml"));
            return Task.CompletedTask;
        });

        Assert.Equal(HttpStatusCode.Forbidden, await pack.PostProhibitedAsync());
    }

    [Fact]
    public void A_pack_missing_a_required_rule_does_not_load()
    {
        var directory = CopiedPack.Copy();
        File.Delete(Path.Combine(directory, "law-enforcement.yaml"));

        var error = Assert.Throws<PolicyLoadException>(() => PolicyLoader.Load(directory));

        Assert.Contains("law-enforcement-realtime-mobile-facial-recognition", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A running gateway over a private copy of the shipped pack, which a test may edit.</summary>
    private sealed class CopiedPack : IAsyncDisposable
    {
        private CopiedPack(string directory, GatewayHost host)
        {
            Directory = directory;
            Host = host;
        }

        public string Directory { get; }

        public GatewayHost Host { get; }

        public PolicyStore Store => Host.App.Services.GetRequiredService<PolicyStore>();

        public static string Copy()
        {
            var directory = System.IO.Directory.CreateTempSubdirectory("pgw-pack-").FullName;
            foreach (var file in System.IO.Directory.EnumerateFiles(RepositoryPaths.Policies, "*.yaml"))
            {
                File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
            }
            return directory;
        }

        public static async Task<CopiedPack> StartAsync()
        {
            var directory = Copy();
            return new CopiedPack(directory, await GatewayHost.StartAsync(policiesPath: directory));
        }

        public async Task<HttpStatusCode> PostProhibitedAsync()
        {
            using var client = Host.CreateHttpClient();
            using var response = await client.SendAsync(JsonRequests.Post("/openai/v1/chat/completions", Attacks.ChatJson(Attacks.Prohibited), DemoKeys.UsPolice));
            return response.StatusCode;
        }

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
