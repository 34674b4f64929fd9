namespace PolicyGateway.Decisions;

/// <summary>Synthetic rules the engine itself applies when it cannot make a regular decision.</summary>
public static class GatewayRules
{
    public const string FailClosedId = "gateway-fail-closed";
    public const string FailOpenId = "gateway-fail-open";

    private const string Document = "PolicyGateway fail-safe";
    private const string Quote =
        "Implement strong technical limits on inputs and outputs to reduce the likelihood of misuse beyond the application's intended purpose";
    private const string Link = "https://learn.microsoft.com/legal/ai-code-of-conduct";

    public static RuleMatch FailClosed { get; } = new(
        FailClosedId,
        "No decision could be made, so the request is refused",
        "deny",
        "enforce",
        "Request blocked by compliance gateway: the request could not be checked against policy in time. Retrying may succeed.",
        Document,
        Quote,
        Link);

    public static RuleMatch FailOpen { get; } = new(
        FailOpenId,
        "No decision could be made; this API is configured to fail open",
        "allow",
        "enforce",
        "",
        Document,
        Quote,
        Link);
}
