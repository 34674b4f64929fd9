using System.Collections.Concurrent;
using System.Net;
using Microsoft.Data.Sqlite;
using PolicyGateway.Recording;
using PolicyGateway.Recording.Audit;
using PolicyGateway.Recording.Store;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Recording;

/// <summary>The gateway process killed with SIGKILL under load, then restarted on the same store.</summary>
[Collection(ExternalProcessCollection.Name)]
public sealed class CrashTests
{
    private const string Denied = """{"model":"gpt-4o","messages":[{"role":"user","content":"Identify the man in this body-camera still by matching his face against our mugshot database."}]}""";
    private const string Allowed = """{"model":"gpt-4o","messages":[{"role":"user","content":"Plan a team offsite."}]}""";

    [Fact]
    public async Task Every_acknowledged_denial_survives_a_kill_9_and_the_chain_still_verifies()
    {
        using var data = new TempDirectory();
        var acknowledged = new ConcurrentBag<string>();
        await using (var gateway = await GatewayProcess.StartAsync(data.Path, "--Gateway:Recording:Instance=crash"))
        {
            using var client = gateway.CreateHttpClient();
            using var stop = new CancellationTokenSource();
            // Denials and allows from several clients at once, so the kill lands while records are being written.
            var load = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var deny = (i + worker) % 2 == 0;
                    try
                    {
                        using var request = JsonRequests.Post("/openai/v1/chat/completions", deny ? Denied : Allowed, deny ? DemoKeys.UsPolice : DemoKeys.UsRetail);
                        using var response = await client.SendAsync(request, CancellationToken.None);
                        if (response.StatusCode == HttpStatusCode.Forbidden)
                        {
                            acknowledged.Add(response.Headers.GetValues("x-policy-decision-id").Single());
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // The process is gone.
                    }
                }
            })).ToList();
            while (acknowledged.Count < 30)
            {
                await Task.WhenAny(Task.WhenAll(load), Task.Delay(50));
                Assert.False(load.All(t => t.IsCompleted), "the load stopped before the kill:" + Environment.NewLine + gateway.Output);
            }

            await gateway.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(load);
        }

        // The restarted gateway continues the same chain.
        string afterRestart;
        await using (var restarted = await GatewayProcess.StartAsync(data.Path, "--Gateway:Recording:Instance=crash"))
        {
            using var client = restarted.CreateHttpClient();
            using var request = JsonRequests.Post("/openai/v1/chat/completions", Denied, DemoKeys.UsPolice);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            afterRestart = response.Headers.GetValues("x-policy-decision-id").Single();
        }

        SqliteConnection.ClearAllPools();
        await using var store = DecisionStoreFactory.Create(new RecordingOptions { DataDirectory = data.Path });
        foreach (var id in acknowledged.Append(afterRestart))
        {
            Assert.NotNull(await store.GetAsync(id, CancellationToken.None));
        }
        var report = await ChainVerifier.VerifyAsync(store, "crash", CancellationToken.None);
        Assert.True(report.Intact, report.ToString());
    }
}
