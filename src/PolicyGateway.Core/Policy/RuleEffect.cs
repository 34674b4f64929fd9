namespace PolicyGateway.Policy;

public enum RuleEffect
{
    Deny,
    Allow,
}
