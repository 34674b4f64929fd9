namespace PolicyGateway.Emulator.Protocol;

internal static class Pacing
{
    /// <summary>Waits for a configured delay; zero or negative means no wait at all, not even a yield.</summary>
    public static Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, cancellationToken) : Task.CompletedTask;
}
