using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Hardening;

/// <summary>Defect 6: text that is not Unicode is the client's mistake: a 400 (or 1007 on realtime), never a 500.</summary>
public sealed class BadTextAttacks : GatewayTest
{
    public static TheoryData<byte[]> BadText => new()
    {
        Encoding.ASCII.GetBytes("\\ud800"),
        Encoding.ASCII.GetBytes("\\udc00\\ud800"),
        new byte[] { 0xFF },
        new byte[] { 0xC0, 0xAF },
        new byte[] { 0xE0, 0x80, 0xAF },
    };

    [Theory]
    [MemberData(nameof(BadText))]
    public async Task Invalid_unicode_in_a_prompt_is_a_400_invalid_request_body(byte[] bad)
    {
        using var client = Host.CreateHttpClient();
        var body = Encoding.UTF8.GetBytes("""{"model":"gpt-4o","messages":[{"role":"user","content":"Describe this """).Concat(bad).Concat("\"}]}"u8.ToArray()).ToArray();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/openai/v1/chat/completions") { Content = content };
        request.Headers.Add("api-key", DemoKeys.UsRetail);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request_body", await Attacks.ErrorCodeAsync(response));
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task Unpaired_surrogate_in_a_realtime_event_gets_an_error_event_and_a_1007_close()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var socket = await RealtimeFrames.ConnectAsync(Host.BaseAddress, DemoKeys.UsRetail, timeout.Token);

        await RealtimeFrames.SendAsync(socket, """
            {"type":"conversation.item.create","event_id":"evt_bad","item":{"type":"message","role":"user","content":[{"type":"input_text","text":"a \ud800 b"}]}}
            """, timeout.Token);

        var error = await RealtimeFrames.ReceiveAsync(socket, timeout.Token);
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("invalid_text", error.GetProperty("error").GetProperty("code").GetString());
        await RealtimeFrames.ReceiveCloseAsync(socket, timeout.Token);
        Assert.Equal(WebSocketCloseStatus.InvalidPayloadData, socket.CloseStatus);
    }
}
