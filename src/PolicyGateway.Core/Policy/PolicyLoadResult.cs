using System.Diagnostics.CodeAnalysis;
using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy;

/// <summary>A snapshot, or every error that kept the directory from loading.</summary>
public sealed record PolicyLoadResult(PolicySnapshot? Snapshot, IReadOnlyList<PolicyError> Errors)
{
    [MemberNotNullWhen(true, nameof(Snapshot))]
    public bool Succeeded => Snapshot is not null;
}
