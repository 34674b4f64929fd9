using System.Net;
using Microsoft.Extensions.Time.Testing;
using PolicyGateway.Recording;
using PolicyGateway.Recording.Audit;
using PolicyGateway.Recording.Store;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Recording;

/// <summary>A real PostgreSQL store stopped under a running gateway and started again.</summary>
[Collection(ExternalProcessCollection.Name)]
public sealed class StoreOutageTests : IAsyncLifetime
{
    private PostgresServer _postgres = null!;

    public async Task InitializeAsync() => _postgres = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await _postgres.DisposeAsync();

    [Fact]
    public async Task Denials_during_an_outage_still_deny_are_spooled_and_replayed_in_order()
    {
        var connectionString = await _postgres.CreateDatabaseAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await GatewayHost.StartAsync(s => s.AddSingleton<TimeProvider>(time), 1, null,
            $"--Gateway:Recording:ConnectionString={connectionString}");
        using var client = host.CreateHttpClient();
        var spool = Path.Combine(host.DataDirectory, "decisions.spool.jsonl");
        var denied = new List<string> { await DenyAsync(client) };

        await _postgres.StopServerAsync();
        for (var i = 0; i < 3; i++)
        {
            denied.Add(await DenyAsync(client));
            // Each denial was durable (here: in the spool) before its 403 arrived.
            Assert.Equal(i + 1, File.ReadLines(spool).Count());
        }
        using (var allowed = JsonRequests.Post("/openai/v1/chat/completions", """{"model":"gpt-4o","messages":[{"role":"user","content":"Plan a team offsite."}]}""", DemoKeys.UsRetail))
        using (var response = await client.SendAsync(allowed))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await _postgres.StartServerAsync();
        time.Advance(TimeSpan.FromSeconds(5));

        await using var store = DecisionStoreFactory.Create(new RecordingOptions { ConnectionString = connectionString });
        Assert.True(await Eventually.TrueAsync(async () => !File.Exists(spool) && (await store.QueryAsync(new DecisionQuery(), CancellationToken.None)).Decisions.Count == 5));
        var chain = await store.ReadChainAsync("test-gateway", CancellationToken.None).ToListAsync();
        Assert.Equal(denied, chain.Where(r => r.Action == "deny").Select(r => r.Id));
        Assert.Equal(Enumerable.Range(1, 5).Select(i => (long)i), chain.Select(r => r.Seq));
        Assert.True((await ChainVerifier.VerifyAsync(store, "test-gateway", CancellationToken.None)).Intact);
    }

    private static async Task<string> DenyAsync(HttpClient client)
    {
        using var request = JsonRequests.Post("/openai/v1/chat/completions",
            """{"model":"gpt-4o","messages":[{"role":"user","content":"Identify the man in this body-camera still by matching his face against our mugshot database."}]}""",
            DemoKeys.UsPolice);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        return response.Headers.GetValues("x-policy-decision-id").Single();
    }
}
