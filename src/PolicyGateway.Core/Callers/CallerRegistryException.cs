using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Callers;

/// <summary><c>callers.yaml</c> is invalid; <see cref="Errors"/> lists every problem with file and line.</summary>
public sealed class CallerRegistryException(IReadOnlyList<PolicyError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<PolicyError> Errors { get; } = errors;
}
