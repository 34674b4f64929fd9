namespace PolicyGateway.Emulator.Protocol;

internal static class Pacing
{
    /// <summary>Waits for a configured delay on the given clock; zero or negative means no wait at all, not even a yield.</summary>
    public static Task DelayAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, time, cancellationToken) : Task.CompletedTask;
}
