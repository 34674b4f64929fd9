using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy;

/// <summary>The outcome of one reload: the snapshot now in force and, when the edit was rejected, why.</summary>
/// <param name="Current">The new snapshot, or the last good one that stays in force after a rejected edit.</param>
/// <param name="Changed">Whether <see cref="Current"/> is a different version from before.</param>
public sealed class PolicyReloadedEventArgs(PolicySnapshot current, bool changed, IReadOnlyList<PolicyError> errors) : EventArgs
{
    public PolicySnapshot Current { get; } = current;

    public bool Changed { get; } = changed;

    public IReadOnlyList<PolicyError> Errors { get; } = errors;

    public bool Succeeded => Errors.Count == 0;
}
