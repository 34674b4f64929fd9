namespace PolicyGateway.Policy.Yaml;

/// <summary>Where a value was written, so that every error can send a person to the right line.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}";
}
