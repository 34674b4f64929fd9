using System.Diagnostics;
using System.Globalization;
using PolicyGateway.Hosting;
using PolicyGateway.Policy;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Benchmarks;

/// <summary>
/// <c>admin-api [N]</c>: seeds a SQLite store with N decisions (default 100,000), starts the real gateway over it and
/// times the admin API calls the dashboard makes, over HTTP on loopback, as the browser would. Not BenchmarkDotNet:
/// each call is a full request through Kestrel and the store, timed end to end, warm.
/// </summary>
public static class AdminApiTimings
{
    private const int Warmup = 3;
    private const int Runs = 25;

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var directory = Path.Combine(Path.GetTempPath(), "pgw-admin-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "decisions.db");
        var now = DateTimeOffset.UtcNow;
        try
        {
            var seeding = Stopwatch.StartNew();
            await using (var store = new SqlDecisionStore(new SqliteDialect(database)))
            {
                await DecisionSeeder.SeedAsync(store, count, now);
            }
            Console.WriteLine($"seeded {count:N0} decisions in {seeding.Elapsed.TotalSeconds:0.0} s ({new FileInfo(database).Length / 1024 / 1024} MB)");

            var policies = PolicyDirectoryLocator.FindAbove(AppContext.BaseDirectory) ?? throw new DirectoryNotFoundException("policies/");
            await using var app = await GatewayApp.BuildAsync(
            [
                "--urls", "http://127.0.0.1:0", "--Gateway:Demo=true", $"--Gateway:PoliciesPath={policies}",
                $"--Gateway:Recording:SqlitePath={database}", $"--Gateway:Recording:SpoolPath={Path.Combine(directory, "spool.jsonl")}",
                "--Gateway:Recording:Instance=bench", "--Serilog:MinimumLevel:Default=Warning",
            ]);
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = app.BoundAddress() };
            client.DefaultRequestHeaders.Add("x-admin-key", "pgw-admin-demo");

            string Iso(DateTimeOffset t) => Uri.EscapeDataString(t.ToString("o", CultureInfo.InvariantCulture));
            var oneDenied = await FirstIdAsync(client, "/admin/api/decisions?action=deny&limit=1");
            (string Name, string Path)[] calls =
            [
                ("first page, denied (the dashboard's default view)", "/admin/api/decisions?action=deny&limit=50"),
                ("first page, no filter", "/admin/api/decisions?limit=50"),
                ("next page, denied (cursor)", "/admin/api/decisions?action=deny&limit=50&cursor=" + oneDenied),
                ("denied, one caller", "/admin/api/decisions?action=deny&caller=demo-us-police&limit=50"),
                ("denied, one rule (common)", "/admin/api/decisions?action=deny&rule=us-police-facial-recognition&limit=50"),
                ("denied, one rule (1 in 10 denials)", "/admin/api/decisions?action=deny&rule=law-enforcement-realtime-mobile-facial-recognition&limit=50"),
                ("denied, sector + country + API", "/admin/api/decisions?action=deny&sector=commercial&country=US&api=Responses&limit=50"),
                ("denied, last 24 h", $"/admin/api/decisions?action=deny&from={Iso(now.AddDays(-1))}&limit=50"),
                ("free text, common (\"mugshot\")", "/admin/api/decisions?q=mugshot&limit=50"),
                ("free text, no match (scans everything)", "/admin/api/decisions?q=no-such-words-anywhere&limit=50"),
                ("one decision in full", "/admin/api/decisions/" + oneDenied),
                ("aggregates, today (cards)", $"/admin/api/aggregates?bucket=day&from={Iso(new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero))}"),
                ("aggregates, 24 h hourly (chart)", $"/admin/api/aggregates?bucket=hour&from={Iso(now.AddHours(-24))}"),
                ("aggregates, 30 days daily (chart)", $"/admin/api/aggregates?bucket=day&from={Iso(now.AddDays(-30))}"),
                ("export CSV, every denial", "/admin/api/export?format=csv&action=deny"),
            ];
            Console.WriteLine($"| call ({count:N0} records, SQLite) | median | p95 | max | rows/bytes |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var (name, path) in calls)
            {
                long bytes = 0;
                for (var i = 0; i < Warmup; i++) bytes = await GetAsync(client, path);
                var times = new double[Runs];
                for (var i = 0; i < Runs; i++)
                {
                    var clock = Stopwatch.StartNew();
                    bytes = await GetAsync(client, path);
                    times[i] = clock.Elapsed.TotalMilliseconds;
                }
                Array.Sort(times);
                Console.WriteLine($"| {name} | {times[Runs / 2]:0.0} ms | {times[(int)Math.Ceiling(Runs * 0.95) - 1]:0.0} ms | {times[^1]:0.0} ms | {bytes / 1024.0:0.#} KB |");
            }
            await app.StopAsync();
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<long> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }

    private static async Task<string> FirstIdAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("decisions")[0].GetProperty("id").GetString()!;
    }
}
