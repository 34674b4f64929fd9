namespace PolicyGateway.Decisions;

internal static class DecisionIds
{
    /// <summary><c>dec_</c> + a version-7 GUID: unique, and sorting ids sorts decisions by time.</summary>
    public static string New(DateTimeOffset now) => "dec_" + Guid.CreateVersion7(now).ToString("N");
}
