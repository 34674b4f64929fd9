using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy.Testing;

/// <summary>One test from <c>policies/tests/*.yaml</c>: a request by a registered caller and the decision expected for it.</summary>
/// <param name="Shadow">Expected shadow rule ids, or null when the test does not check them.</param>
public sealed record PolicyTestCase(
    string Name,
    string CallerId,
    string Method,
    string Path,
    string? ContentType,
    ReadOnlyMemory<byte> Body,
    ExpectedAction Action,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string>? Shadow,
    SourceLocation Location);
