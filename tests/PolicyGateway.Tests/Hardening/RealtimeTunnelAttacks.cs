using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Hardening;

/// <summary>Defect 1: an upgrade the realtime relay does not accept must be refused, never tunnelled by YARP.</summary>
public sealed class RealtimeTunnelAttacks : GatewayTest
{
    [Theory]
    [InlineData("Sec-WebSocket-Version: 8\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", 426)]
    [InlineData("Sec-WebSocket-Version: 13\nSec-WebSocket-Key: not-a-valid-key", 400)]
    [InlineData("Sec-WebSocket-Version: 13", 400)]
    public async Task Realtime_upgrade_the_relay_does_not_recognise_is_refused_and_never_reaches_upstream(string handshake, int status)
    {
        var response = await RawHttp.SendAsync(Host.BaseAddress, $"""
            GET /openai/v1/realtime?model=gpt-realtime HTTP/1.1
            Host: {Host.BaseAddress.Authority}
            api-key: {DemoKeys.UsPolice}
            Connection: Upgrade
            Upgrade: websocket
            {handshake}
            """);

        Assert.Equal(status, response.Status);
        Assert.NotNull(response.ErrorCode);
        if (status == 426) Assert.Equal("13", response.Headers["sec-websocket-version"]);
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }

    [Theory]
    [InlineData("/openai/v1/chat/completions", "websocket")]
    [InlineData("/openai/v1/models", "h2c")]
    [InlineData("/openai/v1/realtime", "h2c")]
    public async Task Any_other_upgrade_is_refused(string path, string protocol)
    {
        var response = await RawHttp.SendAsync(Host.BaseAddress, $"""
            GET {path} HTTP/1.1
            Host: {Host.BaseAddress.Authority}
            api-key: {DemoKeys.UsRetail}
            Connection: Upgrade
            Upgrade: {protocol}
            Sec-WebSocket-Version: 13
            Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==
            """);

        Assert.Equal(400, response.Status);
        Assert.NotNull(response.ErrorCode);
        Assert.Empty(Host.Emulator.Recorder.Snapshot());
    }
}
