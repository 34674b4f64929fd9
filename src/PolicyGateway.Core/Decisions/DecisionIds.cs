using System.Security.Cryptography;

namespace PolicyGateway.Decisions;

/// <summary>
/// <c>dec_</c> + 32 hex digits: milliseconds since the Unix epoch (12), this process's random instance tag (4) and a
/// counter (16) that starts at a random value. Sorting ids sorts decisions by time, and within one millisecond by
/// the order this process made them, which random-tailed ids (GUID v7) do not guarantee.
/// </summary>
internal static class DecisionIds
{
    private static readonly ushort Instance = (ushort)RandomNumberGenerator.GetInt32(ushort.MaxValue + 1);
    private static long _counter = RandomNumberGenerator.GetInt32(int.MaxValue);

    public static string New(DateTimeOffset now)
    {
        var sequence = (ulong)Interlocked.Increment(ref _counter);
        return $"dec_{now.ToUnixTimeMilliseconds() & 0xFFFF_FFFF_FFFF:x12}{Instance:x4}{sequence:x16}";
    }
}
