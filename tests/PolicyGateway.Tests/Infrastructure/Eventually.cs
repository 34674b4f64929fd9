namespace PolicyGateway.Tests.Infrastructure;

public static class Eventually
{
    /// <summary>Polls until the condition holds or 10 s pass; for effects that happen on a timer (health checks, file reload).</summary>
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(100);
        }
        return false;
    }
}
