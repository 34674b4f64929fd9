using System.Diagnostics.Metrics;

namespace PolicyGateway.Intent;

/// <summary>What the classifier measures about itself, under the meter <c>PolicyGateway.Intent</c>.</summary>
internal static class IntentMetrics
{
    public const string MeterName = "PolicyGateway.Intent";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Histogram<double> SemanticDuration = Meter.CreateHistogram<double>(
        "policygateway.intent.semantic.duration", "ms", "Time the second (learned) stage took for one request that reached it.");

    public static readonly Histogram<int> Clauses = Meter.CreateHistogram<int>(
        "policygateway.intent.semantic.clauses", "{clause}", "Cue clauses embedded for one request.");

    public static readonly Counter<long> Skipped = Meter.CreateCounter<long>(
        "policygateway.intent.semantic.skipped", "{request}", "Requests with no cue, decided by the first stage alone.");
}
