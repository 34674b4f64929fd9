using System.Diagnostics;
using System.Diagnostics.Metrics;
using PolicyGateway.Content;
using PolicyGateway.Policy;

namespace PolicyGateway.Decisions;

/// <summary>
/// What the decision engine measures, under the meter <c>PolicyGateway.Decisions</c>: plain
/// <see cref="System.Diagnostics.Metrics"/>, so Core stays free of ASP.NET and of any exporter; the host decides where
/// the numbers go (Prometheus, OTLP). Static like the classifier's meter: one decision engine per process, and an
/// instrument nobody listens to costs a branch.
/// </summary>
public static class DecisionMetrics
{
    public const string MeterName = "PolicyGateway.Decisions";

    /// <summary>Tag names, shared with the host's request metrics so dashboards join on them.</summary>
    public const string ActionTag = "policygateway.action";
    public const string RuleTag = "policygateway.rule";
    public const string ApiTag = "policygateway.api";
    public const string ModeTag = "policygateway.rule.mode";

    /// <summary>The rule tag of a decision no rule decided (a plain allow).</summary>
    public const string NoRule = "none";

    /// <summary>
    /// Decisions take tens of microseconds and the slowest allowed are bounded by the budget (seconds); the SDK's
    /// default buckets (0–10,000) would put every decision in the first one.
    /// </summary>
    private static readonly IReadOnlyList<double> SecondsBuckets =
        [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Decisions = Meter.CreateCounter<long>(
        "policygateway.decisions", "{decision}", "Decisions made, by action, deciding rule (first enforced rule, or none) and API.");

    private static readonly Counter<long> RuleMatches = Meter.CreateCounter<long>(
        "policygateway.decision.rule_matches", "{match}", "Rules that matched a decision, enforced or shadow (would deny), by rule, mode and API.");

    private static readonly Counter<long> Unreadable = Meter.CreateCounter<long>(
        "policygateway.decision.unreadable", "{request}", "Requests refused because their body could not be read (400, nothing forwarded), by API.");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram(
        "policygateway.decision.duration", "s", "Time to make one decision: route, read, classify, evaluate.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });

    private static readonly Histogram<double> ClassificationDuration = Meter.CreateHistogram(
        "policygateway.classification.duration", "s", "Time the intent classifier took for one request or batch line.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });

    /// <summary>Counts a decision and records how long it took.</summary>
    public static void Record(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (!Decisions.Enabled && !Duration.Enabled && !RuleMatches.Enabled)
        {
            return;
        }
        var api = SnakeCaseNames<ApiKind>.Name(decision.Api);
        var tags = new TagList
        {
            { ActionTag, decision.Action == DecisionAction.Deny ? "deny" : "allow" },
            { RuleTag, decision.Enforced.Count > 0 ? decision.Enforced[0].RuleId : NoRule },
            { ApiTag, api },
        };
        Decisions.Add(1, tags);
        Duration.Record(decision.Elapsed.TotalSeconds, tags);
        foreach (var match in decision.Enforced)
        {
            RuleMatches.Add(1, new TagList { { RuleTag, match.RuleId }, { ModeTag, match.Mode }, { ApiTag, api } });
        }
        foreach (var match in decision.Shadow)
        {
            RuleMatches.Add(1, new TagList { { RuleTag, match.RuleId }, { ModeTag, match.Mode }, { ApiTag, api } });
        }
    }

    public static void RecordUnreadable(ApiKind api) =>
        Unreadable.Add(1, new KeyValuePair<string, object?>(ApiTag, SnakeCaseNames<ApiKind>.Name(api)));

    public static void RecordClassification(TimeSpan elapsed, ApiKind api)
    {
        if (ClassificationDuration.Enabled)
        {
            ClassificationDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(ApiTag, SnakeCaseNames<ApiKind>.Name(api)));
        }
    }
}
