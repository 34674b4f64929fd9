namespace PolicyGateway.Policy;

public enum RuleMode
{
    /// <summary>A matching deny blocks the request.</summary>
    Enforce,
    /// <summary>A matching deny is recorded as "would deny" and the request goes on.</summary>
    Shadow,
}
