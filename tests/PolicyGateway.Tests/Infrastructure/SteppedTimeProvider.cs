namespace PolicyGateway.Tests.Infrastructure;

/// <summary>
/// The system clock plus an offset that a test moves forward: code under test sees time pass without anyone
/// sleeping, while timers (batch windows, Kestrel) keep running on real time so the rest of the gateway is unaffected.
/// </summary>
public sealed class SteppedTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override long GetTimestamp() => System.GetTimestamp() + (long)(Offset.TotalSeconds * System.TimestampFrequency);

    public override long TimestampFrequency => System.TimestampFrequency;

    private TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
}
