using System.Text;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Hardening;

/// <summary>
/// Defect 9, second half: requests Kestrel rejects itself. Those it rejects while parsing the request line and headers
/// never reach the application, so their status is Kestrel's and their body empty (README, "What is inspected"); the
/// test holds the status and that nothing is forwarded. Those it rejects while the gateway reads or forwards the body
/// get an OpenAI error body.
/// </summary>
public sealed class KestrelRejectionAttacks : GatewayTest
{
    private static readonly byte[] ProhibitedBody = Encoding.UTF8.GetBytes(Attacks.ChatJson(Attacks.Prohibited));

    [Fact]
    public async Task Headers_over_Kestrels_limit_get_431_and_nothing_is_forwarded()
    {
        // Kestrel's MaxRequestHeadersTotalSize is 32 KB.
        var response = await SendProhibitedAsync($"x-padding: {new string('a', 40 * 1024)}");

        Assert.Equal(431, response.Status);
        await AssertNothingForwardedAndStillServingAsync();
    }

    [Fact]
    public async Task Request_line_over_Kestrels_limit_gets_414_and_nothing_is_forwarded()
    {
        // Kestrel's MaxRequestLineSize is 8 KB.
        var response = await SendProhibitedAsync(path: "/openai/v1/chat/completions?pad=" + new string('a', 9 * 1024));

        Assert.Equal(414, response.Status);
        await AssertNothingForwardedAndStillServingAsync();
    }

    [Theory]
    [InlineData("bad header name", "x bad: 1")]
    [InlineData("header without colon", "x-no-colon")]
    [InlineData("NUL in a header value", "x-value: a\u0000b")]
    public async Task Malformed_header_gets_400_and_nothing_is_forwarded(string attack, string header)
    {
        var response = await SendProhibitedAsync(header);

        Assert.True(response.Status == 400, $"{attack}: {response.Status}");
        await AssertNothingForwardedAndStillServingAsync();
    }

    [Theory]
    [InlineData("POST /openai/v1/chat/completions HTTP/1.1 trailing")]
    [InlineData("P@ST /openai/v1/chat/completions HTTP/1.1")]
    [InlineData("POST openai/v1/chat/completions HTTP/1.1")]
    [InlineData("POST /openai/v1/chat/completions HTTP/9.9")]
    public async Task Malformed_request_line_gets_an_error_and_nothing_is_forwarded(string requestLine)
    {
        var response = await RawHttp.SendAsync(Host.BaseAddress, $"""
            {requestLine}
            Host: {Host.BaseAddress.Authority}
            api-key: {DemoKeys.UsPolice}
            Content-Type: application/json
            Content-Length: {ProhibitedBody.Length}
            """, ProhibitedBody);

        // 400 for a malformed line; 505 for an HTTP version Kestrel does not speak.
        Assert.Contains(response.Status, new[] { 400, 505 });
        await AssertNothingForwardedAndStillServingAsync();
    }

    [Fact]
    public async Task Missing_host_header_gets_400_and_nothing_is_forwarded()
    {
        var response = await RawHttp.SendAsync(Host.BaseAddress, $"""
            POST /openai/v1/chat/completions HTTP/1.1
            api-key: {DemoKeys.UsPolice}
            Content-Type: application/json
            Content-Length: {ProhibitedBody.Length}
            """, ProhibitedBody);

        Assert.Equal(400, response.Status);
        await AssertNothingForwardedAndStillServingAsync();
    }

    [Fact]
    public async Task Malformed_chunked_body_is_an_OpenAI_400()
    {
        var response = await RawHttp.SendAsync(Host.BaseAddress, $"""
            POST /openai/v1/chat/completions HTTP/1.1
            Host: {Host.BaseAddress.Authority}
            api-key: {DemoKeys.UsPolice}
            Content-Type: application/json
            Transfer-Encoding: chunked
            """, [.. "zz\r\n"u8, .. ProhibitedBody, .. "\r\n0\r\n\r\n"u8]);

        Assert.Equal(400, response.Status);
        Assert.Equal("invalid_request_body", response.ErrorCode);
        await AssertNothingForwardedAndStillServingAsync();
    }

    /// <summary>A POST of the prohibited chat with the given extra header line or path.</summary>
    private Task<RawResponse> SendProhibitedAsync(string? header = null, string path = "/openai/v1/chat/completions") =>
        RawHttp.SendAsync(Host.BaseAddress, $"""
            POST {path} HTTP/1.1
            Host: {Host.BaseAddress.Authority}
            api-key: {DemoKeys.UsPolice}
            Content-Type: application/json
            Content-Length: {ProhibitedBody.Length}
            {header ?? "x-none: 1"}
            """, ProhibitedBody);

    private async Task AssertNothingForwardedAndStillServingAsync()
    {
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
        using var client = Host.CreateHttpClient();
        using var response = await client.GetAsync(new Uri(Host.BaseAddress, "healthz"));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
