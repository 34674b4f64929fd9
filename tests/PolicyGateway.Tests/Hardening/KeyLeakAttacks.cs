using System.Text;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Hardening;

/// <summary>Defect 2 and the credential rule: whichever way a caller's key arrives, it never reaches the upstream.</summary>
public sealed class KeyLeakAttacks : GatewayTest
{
    private const string Chat = """{"model":"gpt-4o","messages":[{"role":"user","content":"Write a haiku about autumn."}]}""";

    [Theory]
    [InlineData("api-key", "{0}")]
    [InlineData("API-KEY", "{0}")]
    [InlineData("Authorization", "Bearer {0}")]
    [InlineData("Sec-WebSocket-Protocol", "openai-insecure-api-key.{0}")]
    [InlineData("Sec-WebSocket-Protocol", "realtime, openai-insecure-api-key.{0}")]
    public async Task Key_in_a_header_is_removed_before_forwarding(string header, string format)
    {
        using var client = Host.CreateHttpClient();
        using var request = JsonRequests.Post("/openai/v1/chat/completions", Chat, key: null);
        request.Headers.TryAddWithoutValidation(header, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, DemoKeys.UsRetail));

        using var response = await client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        AssertNoCallerKeyUpstream();
    }

    [Theory]
    [InlineData("api-key")]
    [InlineData("API-KEY")]
    [InlineData("Api-Key")]
    public async Task Key_in_the_query_is_removed_before_forwarding(string name)
    {
        using var client = Host.CreateHttpClient();
        using var request = JsonRequests.Post($"/openai/v1/chat/completions?{name}={DemoKeys.UsRetail}&x=1", Chat, key: null);

        using var response = await client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        AssertNoCallerKeyUpstream();
    }

    [Theory]
    [InlineData("Ocp-Apim-Subscription-Key")]
    [InlineData("Proxy-Authorization")]
    public async Task Secrets_in_other_credential_headers_are_removed_too(string header)
    {
        using var client = Host.CreateHttpClient();
        using var request = JsonRequests.Post("/openai/v1/chat/completions", Chat, DemoKeys.UsNewsroom);
        request.Headers.TryAddWithoutValidation(header, DemoKeys.UsRetail);

        using var response = await client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode);
        AssertNoCallerKeyUpstream();
    }

    [Fact]
    public async Task Key_subprotocol_on_a_realtime_session_is_not_forwarded()
    {
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        socket.Options.AddSubProtocol("realtime");
        socket.Options.AddSubProtocol("openai-insecure-api-key." + DemoKeys.UsRetail);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        await socket.ConnectAsync(new UriBuilder(new Uri(Host.BaseAddress, "openai/v1/realtime?model=gpt-realtime")) { Scheme = "ws" }.Uri, timeout.Token);
        await socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "done", timeout.Token);

        AssertNoCallerKeyUpstream();
    }

    private void AssertNoCallerKeyUpstream()
    {
        var received = Host.Emulator.Recorder.Snapshot();
        Assert.NotEmpty(received);
        foreach (var request in received)
        {
            var everything = request.PathAndQuery + "\n" + string.Join("\n", request.Headers.Select(h => h.Key + ": " + h.Value)) + "\n" + Encoding.UTF8.GetString(request.Body);
            Assert.DoesNotContain(DemoKeys.UsRetail, everything, StringComparison.Ordinal);
            Assert.DoesNotContain(DemoKeys.UsNewsroom, everything, StringComparison.Ordinal);
            Assert.Equal(GatewayHost.UpstreamKey, request.Headers["api-key"]);
        }
    }
}
