namespace PolicyGateway.Decisions;

public enum DecisionAction
{
    Allow,
    Deny,
}
