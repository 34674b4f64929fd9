using System.Net;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using PolicyGateway.Configuration;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Hardening;

/// <summary>Defects 7–9: oversized and slow bodies and an unreachable upstream get OpenAI-shaped answers, never a 5xx for a client's mistake.</summary>
public sealed class LimitAndFaultAttacks
{
    [Fact]
    public async Task Kestrel_body_limit_is_aligned_with_the_inspection_limit()
    {
        await using var host = await GatewayHost.StartAsync();

        var kestrel = host.App.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;
        Assert.Equal(host.App.Services.GetRequiredService<GatewayOptions>().Inspection.MaxBodyBytes, kestrel.Limits.MaxRequestBodySize);
    }

    /// <summary>
    /// Defect 7 as found: Kestrel's default cap (30,000,000 bytes) sits below the default inspection limit (32 MiB), so a
    /// chunked body between the two, or over both, hit Kestrel's cap first and got its bare 413. With the default
    /// settings, a body over the limit must get the OpenAI 413.
    /// </summary>
    [Fact]
    public async Task Chunked_body_over_the_default_limit_is_an_OpenAI_413()
    {
        await using var host = await GatewayHost.StartAsync();
        var limit = host.App.Services.GetRequiredService<GatewayOptions>().Inspection.MaxBodyBytes;
        var body = Encoding.UTF8.GetBytes(Attacks.ChatJson(new string('a', (int)limit + 1024)));

        var response = await RawHttp.SendAsync(host.BaseAddress, $"""
            POST /openai/v1/chat/completions HTTP/1.1
            Host: {host.BaseAddress.Authority}
            api-key: {DemoKeys.UsRetail}
            Content-Type: application/json
            Transfer-Encoding: chunked
            """, Chunked(body));

        Assert.Equal(413, response.Status);
        Assert.Equal("request_too_large", response.ErrorCode);
        Assert.Empty(host.Emulator.Recorder.Snapshot());
    }

    /// <summary>
    /// A body larger than Kestrel's default cap but within the inspection limit is read and decided, not bounced by
    /// Kestrel: here the prohibited ask rides with 30.5 MB of padding in a parameter the model never sees.
    /// </summary>
    [Fact]
    public async Task Body_over_Kestrels_default_cap_but_within_the_limit_is_inspected_and_denied()
    {
        await using var host = await GatewayHost.StartAsync();
        var body = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new
        {
            model = "gpt-4o",
            user = new string('u', 30_500_000),
            messages = new[] { new { role = "user", content = Attacks.Prohibited } },
        }));

        var response = await RawHttp.SendAsync(host.BaseAddress, $"""
            POST /openai/v1/chat/completions HTTP/1.1
            Host: {host.BaseAddress.Authority}
            api-key: {DemoKeys.UsPolice}
            Content-Type: application/json
            Transfer-Encoding: chunked
            """, Chunked(body));

        Assert.Equal(403, response.Status);
        Assert.Equal("us-police-facial-recognition", response.ErrorCode);
        Assert.Empty(host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task Chunked_body_over_a_configured_limit_is_an_OpenAI_413()
    {
        await using var host = await GatewayHost.StartAsync(1, null, "--Gateway:Inspection:MaxBodyBytes=4096");
        var body = Encoding.UTF8.GetBytes(Attacks.ChatJson(new string('a', 10_000)));

        var response = await RawHttp.SendAsync(host.BaseAddress, $"""
            POST /openai/v1/chat/completions HTTP/1.1
            Host: {host.BaseAddress.Authority}
            api-key: {DemoKeys.UsRetail}
            Content-Type: application/json
            Transfer-Encoding: chunked
            """, Chunked(body));

        Assert.Equal(413, response.Status);
        Assert.Equal("request_too_large", response.ErrorCode);
        Assert.Empty(host.Emulator.Recorder.Snapshot());
    }

    /// <summary>
    /// Without inspection nothing buffers the body: Kestrel's own limit fires while YARP streams it upstream, and the
    /// caller must still get Kestrel's 413 as an OpenAI error, not a generic 400 or 502.
    /// </summary>
    [Fact]
    public async Task Kestrel_body_limit_firing_while_forwarding_is_an_OpenAI_413()
    {
        await using var host = await GatewayHost.StartAsync(1, null, "--Gateway:Inspection:MaxBodyBytes=4096", "--Gateway:Inspection:Enabled=false");
        var body = Encoding.UTF8.GetBytes(Attacks.ChatJson(new string('a', 10_000)));

        var response = await RawHttp.SendAsync(host.BaseAddress, $"""
            POST /openai/v1/chat/completions HTTP/1.1
            Host: {host.BaseAddress.Authority}
            api-key: {DemoKeys.UsRetail}
            Content-Type: application/json
            Transfer-Encoding: chunked
            """, Chunked(body));

        Assert.Equal(413, response.Status);
        Assert.Equal("request_too_large", response.ErrorCode);
    }

    [Fact]
    public async Task Content_length_over_the_limit_is_an_OpenAI_413()
    {
        await using var host = await GatewayHost.StartAsync(1, null, "--Gateway:Inspection:MaxBodyBytes=4096");
        using var client = host.CreateHttpClient();

        using var response = await client.SendAsync(JsonRequests.Post("/openai/v1/chat/completions", Attacks.ChatJson(new string('a', 10_000)), DemoKeys.UsRetail));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("request_too_large", await Attacks.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Slow_drip_body_gets_408_and_is_not_a_server_error()
    {
        await using var host = await GatewayHost.StartAsync(1, null, "--Gateway:Inspection:MaxBodyBytes=4096");
        var body = Encoding.UTF8.GetBytes(Attacks.ChatJson("Write a haiku about autumn."));

        // Kestrel's minimum body rate is 240 bytes/s after a 5 s grace period: one byte every 300 ms falls below it.
        var response = await RawHttp.SendAsync(host.BaseAddress, $"""
            POST /openai/v1/chat/completions HTTP/1.1
            Host: {host.BaseAddress.Authority}
            api-key: {DemoKeys.UsRetail}
            Content-Type: application/json
            Content-Length: {body.Length}
            """, body, bytePause: TimeSpan.FromMilliseconds(300));

        Assert.Equal(408, response.Status);
        Assert.Equal("request_timeout", response.ErrorCode);
        Assert.Empty(host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task Unreachable_upstream_is_a_502_with_an_OpenAI_body()
    {
        await using var host = await GatewayHost.StartAsync(1, null, "--Gateway:Upstream:Endpoints:0=http://127.0.0.1:9/");
        using var client = host.CreateHttpClient();

        using var response = await client.SendAsync(JsonRequests.Post("/openai/v1/chat/completions", Attacks.ChatJson("Write a haiku about autumn."), DemoKeys.UsRetail));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("upstream_unavailable", await Attacks.ErrorCodeAsync(response));
    }

    /// <summary>The body as one chunk and the terminating chunk.</summary>
    private static byte[] Chunked(byte[] body) =>
        [.. Encoding.ASCII.GetBytes($"{body.Length:X}\r\n"), .. body, .. "\r\n0\r\n\r\n"u8];
}
