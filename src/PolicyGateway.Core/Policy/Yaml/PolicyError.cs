namespace PolicyGateway.Policy.Yaml;

/// <summary>One problem in a policy, caller or test file, printed as <c>file:line: message</c>.</summary>
public sealed record PolicyError(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
