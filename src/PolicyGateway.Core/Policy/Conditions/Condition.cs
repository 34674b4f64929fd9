namespace PolicyGateway.Policy.Conditions;

/// <summary>A condition compiled at load time; evaluation does no parsing, lookups by name or allocation.</summary>
public abstract class Condition
{
    public abstract bool IsMet(in PolicyInput input);
}
