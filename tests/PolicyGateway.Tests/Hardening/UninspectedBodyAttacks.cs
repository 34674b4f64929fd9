using System.Net;
using System.Text;
using System.Text.Json;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Hardening;

/// <summary>Defect 3: a body on a route no specific reader claims, or on a method without bodies, must not pass unread.</summary>
public sealed class UninspectedBodyAttacks : GatewayTest
{
    [Theory]
    [InlineData("/openai/v1/responses/compact")]
    [InlineData("/openai/responses/resp_123")]
    [InlineData("/openai/vector_stores")]
    [InlineData("/openai/vector_stores/vs_1/search")]
    [InlineData("/openai/v1/conversations/conv_1")]
    [InlineData("/openai/models")]
    [InlineData("/openai/v1/responses/resp_1/cancel")]
    [InlineData("/openai/threads/thread_1/runs/run_1/cancel")]
    [InlineData("/openai/v1/responses/input_tokens")]
    public async Task Prohibited_text_posted_to_an_unclaimed_write_route_is_read_and_denied(string path)
    {
        using var client = Host.CreateHttpClient();
        var body = JsonSerializer.Serialize(new { model = "gpt-4o", input = Attacks.Prohibited, query = Attacks.Prohibited });

        using var response = await client.SendAsync(JsonRequests.Post(path, body, DemoKeys.UsPolice));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Theory]
    [InlineData("GET", "/openai/v1/models")]
    [InlineData("DELETE", "/openai/v1/responses/resp_1")]
    [InlineData("OPTIONS", "/openai/v1/chat/completions")]
    [InlineData("GET", "/openai/v1/chat/completions")]
    public async Task A_body_on_a_method_that_carries_none_is_refused_with_400(string method, string path)
    {
        using var client = Host.CreateHttpClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent(Attacks.ChatJson(Attacks.Prohibited), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("api-key", DemoKeys.UsPolice);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unexpected_request_body", await Attacks.ErrorCodeAsync(response));
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task A_chunked_body_on_a_HEAD_request_is_refused()
    {
        var response = await RawHttp.SendAsync(Host.BaseAddress, $"""
            HEAD /openai/v1/models HTTP/1.1
            Host: {Host.BaseAddress.Authority}
            api-key: {DemoKeys.UsPolice}
            Transfer-Encoding: chunked
            Connection: close
            """, Encoding.ASCII.GetBytes("5\r\nhello\r\n0\r\n\r\n"));

        Assert.Equal(400, response.Status);
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task Reads_without_a_body_still_pass()
    {
        using var client = Host.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openai/v1/models");
        request.Headers.Add("api-key", DemoKeys.UsRetail);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
