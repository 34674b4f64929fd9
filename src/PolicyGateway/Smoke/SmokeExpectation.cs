namespace PolicyGateway.Smoke;

/// <summary>What a smoke case expects the gateway to do with its request.</summary>
public enum SmokeExpectation
{
    /// <summary>Forwarded, and the upstream answered 2xx.</summary>
    Allow,

    /// <summary>Blocked by the gateway: 403 <c>policy_violation</c>.</summary>
    Deny,
}
