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

        await PolicyReloads.RejectedAfterAsync(pack.Store, () => pack.WriteAsync("law-enforcement.yaml", original.Replace(from, to, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Forbidden, await pack.PostProhibitedAsync());
    }

    /// <summary>
    /// The rule stays, enforced and denying, but denies less: each edit must be refused like a deletion, with the
    /// version in force unchanged.
    /// </summary>
    [Theory]
    [InlineData("raised threshold", "- { field: intent.facial_recognition, at_least: 0.5 }", "- { field: intent.facial_recognition, at_least: 0.8 }", false)]
    [InlineData("narrowed caller condition", "            - acts_for: { sector: law_enforcement, country: US }\n", "", false)]
    [InlineData("removed intent alternative", "            - { field: intent.watchlist_match, at_least: 0.5 }\n", "", true)]
    [InlineData("added required intent", "        - { field: intent.facial_recognition, at_least: 0.5 }\n",
        "        - { field: intent.facial_recognition, at_least: 0.5 }\n        - { field: intent.watchlist_match, at_least: 0.9 }\n", false)]
    public async Task Weakening_a_required_rule_while_keeping_it_is_rejected(string weakening, string from, string to, bool last)
    {
        await using var pack = await CopiedPack.StartAsync();
        var file = Path.Combine(pack.Directory, "law-enforcement.yaml");
        var original = await File.ReadAllTextAsync(file);
        var at = last ? original.LastIndexOf(from, StringComparison.Ordinal) : original.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, weakening);
        var weakened = string.Concat(original.AsSpan(0, at), to, original.AsSpan(at + from.Length));
        var version = pack.Store.Current.Version;

        var rejected = await PolicyReloads.RejectedAfterAsync(pack.Store, () => pack.WriteAsync("law-enforcement.yaml", weakened));

        Assert.Contains(rejected.Errors, e => e.Message.Contains("weaker than the manifest allows", StringComparison.Ordinal));
        Assert.Equal(version, pack.Store.Current.Version);
        Assert.Equal(HttpStatusCode.Forbidden, await pack.PostProhibitedAsync());
        Assert.Empty(pack.Host.Emulator.Recorder.Snapshot());
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

        /// <summary>Writes a file as editors and Kubernetes do (temporary file, then rename), so no reload sees it half written.</summary>
        public async Task WriteAsync(string name, string content)
        {
            var path = Path.Combine(Directory, name);
            await File.WriteAllTextAsync(path + ".tmp", content);
            File.Move(path + ".tmp", path, overwrite: true);
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
