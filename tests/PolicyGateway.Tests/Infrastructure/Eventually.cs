namespace PolicyGateway.Tests.Infrastructure;

public static class Eventually
{
    /// <summary>Polls until the condition holds or 10 s pass; for effects that happen on a timer (health checks, file reload).</summary>
    public static Task<bool> TrueAsync(Func<Task<bool>> condition) => TrueAsync(condition, TimeSpan.FromSeconds(10));

    /// <summary>Polls until the condition holds or <paramref name="timeout"/> passes; for work whose pace depends on the machine's load.</summary>
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(100);
        }
        return false;
    }
}
