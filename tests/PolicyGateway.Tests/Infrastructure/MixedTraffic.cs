using System.Collections.Concurrent;
using System.Net;

namespace PolicyGateway.Tests.Infrastructure;

/// <summary>
/// Denied, would-deny (shadow) and plain chat calls with the demo keys, sent by several clients at once. Every call must
/// come back 200 or 403 with a decision id; anything else fails the run.
/// </summary>
public static class MixedTraffic
{
    public const string Path = "/openai/v1/chat/completions";

    /// <summary>Denied for a US police caller by <c>us-police-facial-recognition</c>.</summary>
    public const string Denied = """{"model":"gpt-4o","messages":[{"role":"user","content":"Identify the man in this body-camera still by matching his face against our mugshot database."}]}""";

    /// <summary>Forwarded for a UK police caller, but matches the shadow rule <c>facial-identification-any-caller</c>.</summary>
    public const string Shadowed = """{"model":"gpt-4o","messages":[{"role":"user","content":"For the prosecution file: compare the custody photograph of the suspect we arrested yesterday with this still from the shop's recorded CCTV footage and tell us whether it is the same person."}]}""";

    public const string Plain = """{"model":"gpt-4o","messages":[{"role":"user","content":"Write a haiku about autumn."}]}""";

    /// <summary>Call <paramref name="index"/> of a run: one in three denied, one in three shadowed, one in three plain.</summary>
    public static (string Key, string Body) Call(int index) => (index % 3) switch
    {
        0 => (DemoKeys.UsPolice, Denied),
        1 => (DemoKeys.UkPolice, Shadowed),
        _ => (DemoKeys.UsRetail, Plain),
    };

    public static async Task<TrafficTally> SendAsync(HttpClient client, int count, int clients)
    {
        ArgumentNullException.ThrowIfNull(client);
        var next = -1;
        var allowed = 0;
        var denied = 0;
        var ids = new ConcurrentBag<string>();
        var unexpected = new ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var (key, body) = Call(i);
                using var request = JsonRequests.Post(Path, body, key);
                using var response = await client.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.OK) Interlocked.Increment(ref allowed);
                else if (response.StatusCode == HttpStatusCode.Forbidden) Interlocked.Increment(ref denied);
                else unexpected.Add($"call {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                if (response.Headers.TryGetValues("x-policy-decision-id", out var id)) ids.Add(id.Single());
            }
        })));
        Assert.True(unexpected.IsEmpty, string.Join(Environment.NewLine, unexpected));
        return new TrafficTally(allowed, denied, [.. ids]);
    }
}
