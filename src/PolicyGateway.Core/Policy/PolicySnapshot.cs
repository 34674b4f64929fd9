using PolicyGateway.Callers;

namespace PolicyGateway.Policy;

/// <summary>One consistent, immutable view of a policy directory: rules, callers and the version every decision names.</summary>
/// <param name="Version">First 12 hex digits of a SHA-256 over the sorted file names and contents of the rule files and callers.yaml.</param>
public sealed record PolicySnapshot(PolicySet Policies, CallerRegistry Callers, string Version, string Directory, DateTimeOffset LoadedAt)
{
    /// <summary>The enforce rules <c>manifest.yaml</c> declares; a reload must keep every one of them, whatever its own manifest says.</summary>
    public IReadOnlyList<RequiredRule> Required { get; init; } = [];
}
