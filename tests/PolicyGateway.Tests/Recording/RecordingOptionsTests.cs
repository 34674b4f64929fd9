using Microsoft.Extensions.Options;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Recording;

public sealed class RecordingOptionsTests
{
    [Theory]
    [InlineData("--Gateway:Recording:AllowedSampleRate=2", "Gateway:Recording:AllowedSampleRate")]
    [InlineData("--Gateway:Recording:BatchWindow=00:00:05", "Gateway:Recording:BatchWindow")]
    [InlineData("--Gateway:Recording:ConnectionString=nonsense", "Gateway:Recording:ConnectionString")]
    [InlineData("--Gateway:Admin:KeySha256:0=pgw-admin-demo", "Gateway:Admin:KeySha256")]
    public async Task An_invalid_setting_stops_start_up_naming_it(string argument, string setting)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => GatewayHost.StartAsync(null, 1, null, argument));

        Assert.Contains(setting, error.Message);
    }
}
