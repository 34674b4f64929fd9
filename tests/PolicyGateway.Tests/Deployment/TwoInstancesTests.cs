using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using PolicyGateway.Emulator;
using PolicyGateway.Hosting;
using PolicyGateway.Recording;
using PolicyGateway.Recording.Audit;
using PolicyGateway.Recording.Store;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Deployment;

/// <summary>
/// Two gateway processes on their own ports and instance ids, as two replicas behind a load balancer would run:
/// one PostgreSQL decision store, one policies directory, one upstream.
/// </summary>
[Collection(ExternalProcessCollection.Name)]
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private const string East = "gw-east";
    private const string West = "gw-west";
    private const string ShadowRule = "facial-identification-any-caller";

    private readonly TempDirectory _eastData = new();
    private readonly TempDirectory _westData = new();
    private readonly SharedPolicies _policies = new();
    private PostgresServer _postgres = null!;
    private EmulatorServer _upstream = null!;

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        _upstream = await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = GatewayHost.UpstreamKey });
    }

    public async Task DisposeAsync()
    {
        await _upstream.DisposeAsync();
        await _postgres.DisposeAsync();
        _policies.Dispose();
        _eastData.Dispose();
        _westData.Dispose();
    }

    [Fact]
    public async Task Two_instances_share_one_store_each_with_its_own_chain_and_both_take_a_policy_change()
    {
        var connectionString = await _postgres.CreateDatabaseAsync();
        // Started together, so both migrate the empty store at once (they take turns on an advisory lock).
        var (eastProcess, westProcess) = await StartBothAsync(connectionString);
        await using var east = eastProcess;
        await using var west = westProcess;
        Assert.NotEqual(east.BaseAddress.Port, west.BaseAddress.Port);
        // A third gateway given an id already in use would fork that chain: it does not start, and says why.
        var duplicate = await Assert.ThrowsAsync<GatewayConfigurationException>(async () =>
        {
            await using var third = await GatewayHost.StartAsync(1, _policies.Path,
                $"--Gateway:Recording:ConnectionString={connectionString}", $"--Gateway:Recording:Instance={East}");
        });
        Assert.Contains($"Gateway:Recording:Instance '{East}' is in use", duplicate.Message, StringComparison.Ordinal);
        using var eastClient = Client(east);
        using var westClient = Client(west);

        var fromEast = await MixedTraffic.SendAsync(eastClient, count: 60, clients: 4);
        var fromWest = await MixedTraffic.SendAsync(westClient, count: 60, clients: 4);
        Assert.Equal((20, 40), (fromEast.Denied, fromEast.Allowed));
        Assert.Equal((20, 40), (fromWest.Denied, fromWest.Allowed));

        // (c) A policy change written once to the shared directory reaches both: the shadow rule now enforced denies
        // the call it only flagged before. Each instance is polled until its decision changes.
        var before = await DecideShadowedAsync(eastClient);
        Assert.Equal(HttpStatusCode.OK, before.Status);
        var identification = _policies.Read("identification.yaml");
        Assert.Contains("mode: shadow", identification, StringComparison.Ordinal);
        _policies.WriteAtomically("identification.yaml", identification.Replace("mode: shadow", "mode: enforce", StringComparison.Ordinal));
        var polledEast = new List<string>();
        var polledWest = new List<string>();
        var afterEast = await FirstDenialAsync(eastClient, east, polledEast);
        var afterWest = await FirstDenialAsync(westClient, west, polledWest);

        // (a) Both instances' decisions in one admin API query, through either instance.
        // Every call made a decision, the polls' included (those answered before the reload were allowed).
        var sentIds = fromEast.DecisionIds.Concat(fromWest.DecisionIds).Append(before.DecisionId).Concat(polledEast).Concat(polledWest).ToList();
        IReadOnlyList<DecisionRecord> throughEast = [];
        Assert.True(await Eventually.TrueAsync(async () => (throughEast = await ListAllAsync(eastClient)).Count >= sentIds.Count, TimeSpan.FromMinutes(2)),
            $"the store holds {throughEast.Count} of {sentIds.Count} decisions");
        var throughWest = await ListAllAsync(westClient);
        Assert.Equal(sentIds.Order(StringComparer.Ordinal), throughEast.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(throughEast.Select(r => r.Id).Order(StringComparer.Ordinal), throughWest.Select(r => r.Id).Order(StringComparer.Ordinal));
        var instanceOf = throughEast.ToDictionary(r => r.Id, r => r.Instance);
        Assert.All(fromEast.DecisionIds.Append(before.DecisionId).Concat(polledEast), id => Assert.Equal(East, instanceOf[id]));
        Assert.All(fromWest.DecisionIds.Concat(polledWest), id => Assert.Equal(West, instanceOf[id]));

        // The enforced rule and the new policy version are recorded by both, and both run the same new version.
        var afterEastRecord = throughEast.Single(r => r.Id == afterEast.DecisionId);
        var afterWestRecord = throughEast.Single(r => r.Id == afterWest.DecisionId);
        Assert.Equal([ShadowRule], afterEastRecord.EnforcedRules);
        Assert.Equal([ShadowRule], afterWestRecord.EnforcedRules);
        Assert.Equal(afterEastRecord.PolicyVersion, afterWestRecord.PolicyVersion);
        Assert.NotEqual(throughEast.Single(r => r.Id == before.DecisionId).PolicyVersion, afterEastRecord.PolicyVersion);

        // Chains are per instance: each numbered 1..n without gaps, holding only its own instance's decisions.
        await using (var store = DecisionStoreFactory.Create(new RecordingOptions { ConnectionString = connectionString }))
        {
            Assert.Equal([East, West], await store.InstancesAsync(CancellationToken.None));
            foreach (var instance in new[] { East, West })
            {
                var chain = await store.ReadChainAsync(instance, CancellationToken.None).ToListAsync();
                Assert.Equal(Enumerable.Range(1, chain.Count).Select(i => (long)i), chain.Select(r => r.Seq));
                Assert.Equal(instanceOf.Count(p => p.Value == instance), chain.Count);
                Assert.True((await ChainVerifier.VerifyAsync(store, instance, CancellationToken.None)).Intact);
            }
        }

        // (b) `audit verify`, run as an operator would against the same store, verifies both chains.
        var audit = await AuditVerifyProcess.RunAsync(connectionString);
        Assert.True(audit.ExitCode == 0, $"audit verify exited {audit.ExitCode}:{Environment.NewLine}{audit.Stdout}{audit.Stderr}");
        var eastCount = instanceOf.Count(p => p.Value == East);
        var westCount = instanceOf.Count(p => p.Value == West);
        Assert.Contains($"chain {East}: {eastCount} record(s) verified, intact", audit.Stdout, StringComparison.Ordinal);
        Assert.Contains($"chain {West}: {westCount} record(s) verified, intact", audit.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 chain(s), 0 broken", audit.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Both at once; if one does not become ready, the other is stopped too, so no process outlives the test.</summary>
    private async Task<(GatewayProcess East, GatewayProcess West)> StartBothAsync(string connectionString)
    {
        var starting = new[] { Start(East, _eastData, connectionString), Start(West, _westData, connectionString) };
        try
        {
            await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }
            throw;
        }
        return (starting[0].Result, starting[1].Result);
    }

    private Task<GatewayProcess> Start(string instance, TempDirectory data, string connectionString) =>
        GatewayProcess.StartAsync(data.Path,
            $"--Gateway:PoliciesPath={_policies.Path}",
            $"--Gateway:DemoCallersPath={_policies.DemoCallers}",
            $"--Gateway:Upstream:Endpoints:0={_upstream.BaseAddress}",
            $"--Gateway:Upstream:ApiKey={GatewayHost.UpstreamKey}",
            "--Gateway:Upstream:HealthCheck:Enabled=false",
            $"--Gateway:Recording:ConnectionString={connectionString}",
            $"--Gateway:Recording:Instance={instance}",
            // What is decided is checked here, not how fast: a busy machine must not turn latency into fail-closed denials.
            "--Gateway:Inspection:DecisionBudget=00:00:30");

    private static HttpClient Client(GatewayProcess gateway)
    {
        var client = gateway.CreateHttpClient();
        client.Timeout = TimeSpan.FromMinutes(2);
        return client;
    }

    private static async Task<(HttpStatusCode Status, string DecisionId, string Body)> DecideShadowedAsync(HttpClient client)
    {
        using var request = JsonRequests.Post(MixedTraffic.Path, MixedTraffic.Shadowed, DemoKeys.UkPolice);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Headers.GetValues("x-policy-decision-id").Single(), await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Asks until the gateway denies the shadowed call under the changed policy; fails after a generous deadline.
    /// Every decision made while asking is added to <paramref name="decided"/>.
    /// </summary>
    private static async Task<(HttpStatusCode Status, string DecisionId, string Body)> FirstDenialAsync(HttpClient client, GatewayProcess gateway, List<string> decided)
    {
        (HttpStatusCode Status, string DecisionId, string Body) last = (default, "", "");
        var changed = await Eventually.TrueAsync(async () =>
        {
            last = await DecideShadowedAsync(client);
            decided.Add(last.DecisionId);
            return last.Status == HttpStatusCode.Forbidden;
        }, TimeSpan.FromMinutes(1));
        Assert.True(changed, $"{gateway.BaseAddress} still answers {last.Status} after the policy change:{Environment.NewLine}{gateway.Output}");
        Assert.Equal(ShadowRule, JsonDocument.Parse(last.Body).RootElement.GetProperty("error").GetProperty("code").GetString());
        return last;
    }

    /// <summary>Every decision in the store, page by page through the admin API.</summary>
    private static async Task<IReadOnlyList<DecisionRecord>> ListAllAsync(HttpClient client)
    {
        var records = new List<DecisionRecord>();
        string? cursor = null;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/api/decisions?limit=1000" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", StoreCounts.DemoAdminKey);
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            records.AddRange(json.RootElement.GetProperty("decisions").EnumerateArray().Select(d => d.Deserialize<DecisionRecord>(RecordJson.Options)!));
            cursor = json.RootElement.GetProperty("next").GetString();
        }
        while (cursor is not null);
        return records;
    }
}
