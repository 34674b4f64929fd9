using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy.Testing;

/// <summary>The test cases found in a tests directory, or the errors that keep them from running.</summary>
public sealed record PolicyTestSuite(IReadOnlyList<PolicyTestCase> Cases, IReadOnlyList<PolicyError> Errors);
