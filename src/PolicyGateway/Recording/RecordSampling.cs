using PolicyGateway.Decisions;

namespace PolicyGateway.Recording;

/// <summary>Denied and would-deny decisions are always recorded; plain allows at <see cref="RecordingOptions.AllowedSampleRate"/>.</summary>
public static class RecordSampling
{
    public static bool ShouldRecord(Decision decision, double allowedSampleRate)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Action == DecisionAction.Deny || decision.Shadow.Count > 0 || decision.Failure is not null || allowedSampleRate >= 1.0)
        {
            return true;
        }
        return allowedSampleRate > 0 && Random.Shared.NextDouble() < allowedSampleRate;
    }
}
