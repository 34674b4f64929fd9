namespace PolicyGateway.Tests.Infrastructure;

/// <summary>What a run of traffic got back: how many calls were forwarded (2xx) and denied (403), and every decision id.</summary>
public sealed record TrafficTally(int Allowed, int Denied, IReadOnlyList<string> DecisionIds)
{
    public int Total => Allowed + Denied;
}
