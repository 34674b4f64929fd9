namespace PolicyGateway.Smoke;

/// <summary>One request of a smoke suite and what the gateway must do with it.</summary>
/// <param name="Origin">Where the case is written (<c>default.yaml:12</c>), for failure lines.</param>
/// <param name="Key">The caller's gateway key, already read from the environment when the suite names <c>key_env</c>.</param>
/// <param name="Rule">For a deny, the enforced rule the 403 must name; null accepts any policy rule.</param>
/// <param name="Shadow">Shadow rules the decision must list (checked through the admin API); null leaves them unchecked.</param>
public sealed record SmokeCase(
    string Suite,
    string Name,
    string Origin,
    string Key,
    string Method,
    string Path,
    string? ContentType,
    ReadOnlyMemory<byte> Body,
    SmokeExpectation Expect,
    string? Rule,
    IReadOnlyList<string>? Shadow);
