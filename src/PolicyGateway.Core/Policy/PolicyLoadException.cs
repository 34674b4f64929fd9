using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy;

/// <summary>A policy directory is invalid; <see cref="Errors"/> lists every problem found, each with file and line.</summary>
public sealed class PolicyLoadException(string directory, IReadOnlyList<PolicyError> errors)
    : Exception($"policy directory '{directory}' is invalid ({errors.Count} error{(errors.Count == 1 ? "" : "s")}):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public string Directory { get; } = directory;

    public IReadOnlyList<PolicyError> Errors { get; } = errors;
}
