namespace PolicyGateway.Smoke;

/// <summary>The cases of one suite file; <paramref name="Name"/> becomes the JUnit test suite's name.</summary>
public sealed record SmokeSuite(string Name, string File, IReadOnlyList<SmokeCase> Cases);
