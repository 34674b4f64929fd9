namespace PolicyGateway.Policy.Testing;

public enum ExpectedAction
{
    Allow,
    Deny,
    /// <summary>The content reader refuses the body: the gateway answers 400 and forwards nothing.</summary>
    Reject,
}
