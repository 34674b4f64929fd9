namespace PolicyGateway.Policy.Configuration;

public enum ConditionKind
{
    /// <summary>A mapping with none of the condition keys: always an error, never "matches everything".</summary>
    Empty,
    All,
    Any,
    Not,
    Field,
    ActsFor,
}
