using System.Net.Http.Headers;
using System.Text.Json;

namespace PolicyGateway.Tests.Infrastructure;

/// <summary>What the decision store holds, read through a gateway's admin API (<c>/admin/api/aggregates</c>) with the demo admin key.</summary>
public static class StoreCounts
{
    public const string DemoAdminKey = "pgw-admin-demo";

    /// <summary>Decisions in the store by action (<c>allow</c>, <c>deny</c>, <c>shadow</c>: allowed but matched a shadow rule), over all time.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> ByActionAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/api/aggregates?bucket=day");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DemoAdminKey);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("dimension").GetString() == "action")
            .GroupBy(r => r.GetProperty("key").GetString()!)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.GetProperty("count").GetInt64()));
    }

    public static long Total(this IReadOnlyDictionary<string, long> counts) => counts.Values.Sum();

    public static long Get(this IReadOnlyDictionary<string, long> counts, string action) => counts.GetValueOrDefault(action);
}
