using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using PolicyGateway.Callers;
using PolicyGateway.Configuration;

namespace PolicyGateway.Admin;

/// <summary>The accepted admin key hashes: those configured, plus the demo key's in demo mode.</summary>
public sealed class AdminKeys(IOptions<AdminOptions> options, GatewayOptions gateway)
{
    private readonly FrozenSet<string> _hashes = options.Value.KeySha256
        .Select(h => h.ToLowerInvariant())
        .Concat(gateway.Demo ? [CallerRegistry.HashKey(AdminOptions.DemoKey)] : [])
        .ToFrozenSet(StringComparer.Ordinal);

    public bool IsEmpty => _hashes.Count == 0;

    public bool Accepts(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _hashes.Contains(CallerRegistry.HashKey(key));
    }
}
