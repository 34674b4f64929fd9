using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy.Testing;

/// <summary>A test case as written; see <see cref="PolicyTestCaseConfigValidator"/> for what makes it valid.</summary>
/// <param name="BodyFields">Which of body, body_text, body_base64 were given (at most one may be).</param>
public sealed record PolicyTestCaseConfig(
    string? Name,
    string? Caller,
    string? Method,
    string? Path,
    string? ContentType,
    IReadOnlyList<string> BodyFields,
    byte[]? Body,
    string? BodyBase64,
    string? Action,
    IReadOnlyList<LocatedValue> Rules,
    IReadOnlyList<LocatedValue>? Shadow,
    YamlOrigin Yaml,
    YamlOrigin? RequestYaml,
    YamlOrigin? ExpectYaml)
{
    public IEnumerable<LocatedValue> MentionedRules => Rules.Concat(Shadow ?? []);
}
