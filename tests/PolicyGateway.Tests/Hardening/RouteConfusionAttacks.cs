using System.Net;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Hardening;

/// <summary>Defect 4: the path the gateway classifies must be exactly the path it forwards.</summary>
public sealed class RouteConfusionAttacks : GatewayTest
{
    [Theory]
    [InlineData("/openai/v1/models%23/chat/completions")]
    [InlineData("/openai/v1/models%3F/chat/completions")]
    [InlineData("/openai/v1/models%5C..%5Cchat/completions")]
    [InlineData("/openai/v1/models%2F..%2Fchat/completions")]
    [InlineData("/openai/v1/models%2f..%2fchat/completions")]
    public async Task Encoded_path_delimiters_are_refused_with_400(string path)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(Attacks.ChatJson(Attacks.Prohibited));
        var response = await RawHttp.SendAsync(Host.BaseAddress, $"""
            POST {path} HTTP/1.1
            Host: {Host.BaseAddress.Authority}
            api-key: {DemoKeys.UsPolice}
            Content-Type: application/json
            Content-Length: {body.Length}
            Connection: close
            """, body);

        Assert.Equal(400, response.Status);
        Assert.Equal("invalid_path", response.ErrorCode);
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task An_encoded_NUL_is_refused_with_400()
    {
        // Kestrel itself may reject a decoded NUL before the gateway sees the request; either way nothing is forwarded.
        var response = await RawHttp.SendAsync(Host.BaseAddress, $"""
            POST /openai/v1/models%00/chat/completions HTTP/1.1
            Host: {Host.BaseAddress.Authority}
            api-key: {DemoKeys.UsPolice}
            Content-Length: 2
            Connection: close
            """, "{}"u8.ToArray());

        Assert.Equal(400, response.Status);
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Fact]
    public async Task An_encoded_space_in_a_deployment_name_still_works()
    {
        using var client = Host.CreateHttpClient();
        using var response = await client.SendAsync(JsonRequests.Post("/openai/deployments/my%20model/chat/completions?api-version=2024-10-21",
            Attacks.ChatJson("Write a haiku about autumn."), DemoKeys.UsRetail));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
