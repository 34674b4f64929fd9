namespace PolicyGateway.Emulator.Protocol;

/// <summary>Object ids and timestamps in the formats the real service uses.</summary>
internal static class EmulatorIds
{
    public static string New(string prefix) => prefix + Guid.NewGuid().ToString("N");

    public static long UnixNow() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
