using System.Diagnostics;
using PolicyGateway.Content;
using PolicyGateway.Policy;

namespace PolicyGateway.Decisions;

/// <summary>
/// One span per decision, from the activity source <c>PolicyGateway.Decisions</c>, nested under the request's span
/// when the host traces requests. Nothing is created unless a listener (an OpenTelemetry tracer) subscribed.
/// </summary>
public static class DecisionTracing
{
    public const string SourceName = "PolicyGateway.Decisions";
    public const string DecideActivityName = "policygateway.decide";

    public const string DecisionIdTag = "policygateway.decision.id";
    public const string CallerTag = "policygateway.caller.id";
    public const string PolicyVersionTag = "policygateway.policy.version";
    public const string ShadowTag = "policygateway.shadow";

    public static ActivitySource Source { get; } = new(SourceName);

    internal static Activity? Start() => Source.StartActivity(DecideActivityName, ActivityKind.Internal);

    /// <summary>Tags the span with the decision; prompts and evidence excerpts are never put on a span.</summary>
    internal static void Decided(Activity? activity, Decision decision)
    {
        if (activity is null)
        {
            return;
        }
        activity.SetTag(DecisionIdTag, decision.Id);
        activity.SetTag(DecisionMetrics.ActionTag, decision.Action == DecisionAction.Deny ? "deny" : "allow");
        activity.SetTag(DecisionMetrics.RuleTag, decision.Enforced.Count > 0 ? decision.Enforced[0].RuleId : DecisionMetrics.NoRule);
        activity.SetTag(DecisionMetrics.ApiTag, SnakeCaseNames<ApiKind>.Name(decision.Api));
        activity.SetTag(CallerTag, decision.CallerId);
        activity.SetTag(PolicyVersionTag, decision.PolicyVersion);
        if (decision.Shadow.Count > 0)
        {
            activity.SetTag(ShadowTag, string.Join(',', decision.Shadow.Select(r => r.RuleId)));
        }
        if (decision.Failure is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, decision.Failure);
        }
    }

    /// <summary>The body could not be read: the span ends in error. Returns false so it can sit in an exception filter.</summary>
    internal static bool Unreadable(Activity? activity, ContentParseException error, ApiKind api)
    {
        DecisionMetrics.RecordUnreadable(api);
        activity?.SetStatus(ActivityStatusCode.Error, error.Message);
        return false;
    }
}
