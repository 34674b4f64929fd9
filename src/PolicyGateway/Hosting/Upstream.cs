using PolicyGateway.Emulator;
using PolicyGateway.Forwarding;

namespace PolicyGateway.Hosting;

/// <summary>Where requests go and how they authenticate: the configured Azure resources, or the in-process emulator.</summary>
public sealed record Upstream(IReadOnlyList<string> Endpoints, IUpstreamCredential Credential, EmulatorServer? Emulator) : IAsyncDisposable
{
    public bool IsEmulated => Emulator is not null;

    public ValueTask DisposeAsync() => Emulator?.DisposeAsync() ?? ValueTask.CompletedTask;
}
