using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Hosting;

/// <summary>The request log line (EventId 306): one per request, naming caller, decision and status, never the query string.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task Every_request_gets_one_line_with_its_caller_decision_and_status_and_no_query_string()
    {
        var logs = new CapturedLogs();
        await using var host = await GatewayHost.StartAsync(s => s.AddSingleton(logs.CreateFactory()), 1, null);
        using var client = host.CreateHttpClient();

        using var denied = new HttpRequestMessage(HttpMethod.Post, "openai/v1/chat/completions?api-key=" + DemoKeys.UsPolice)
        {
            Content = new StringContent("""{"model":"gpt-4o","messages":[{"role":"user","content":"Identify the man in this body-camera still by matching his face against our mugshot database."}]}""", Encoding.UTF8, "application/json"),
        };
        using var deniedResponse = await client.SendAsync(denied);
        Assert.Equal(HttpStatusCode.Forbidden, deniedResponse.StatusCode);
        using var unknownKey = new HttpRequestMessage(HttpMethod.Post, "openai/v1/chat/completions") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        unknownKey.Headers.Add("api-key", "not-a-key");
        using var unauthorized = await client.SendAsync(unknownKey);

        // The line is written as the middleware unwinds, which can be just after the client has its answer.
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(logs.Entries.Count(e => e.EventId.Id == 306) >= 2)));
        var lines = logs.Entries.Where(e => e.EventId.Id == 306).ToList();

        var deniedLine = Assert.Single(lines, l => l.Message.Contains(" 403 ", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, deniedLine.Level);
        Assert.Contains("POST /openai/v1/chat/completions caller=demo-us-police decision=dec_", deniedLine.Message, StringComparison.Ordinal);
        Assert.Contains("Deny responded 403", deniedLine.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoKeys.UsPolice, deniedLine.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("?", deniedLine.Message, StringComparison.Ordinal);

        var refusedLine = Assert.Single(lines, l => l.Message.Contains($" {(int)unauthorized.StatusCode} ", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, refusedLine.Level);
        Assert.Contains("caller=- decision=- none", refusedLine.Message, StringComparison.Ordinal);
    }
}
