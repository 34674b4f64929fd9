namespace PolicyGateway.Admin;

/// <summary>The <c>Gateway:Admin</c> section: who may read the decision record.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Gateway:Admin";

    /// <summary>The published demo admin key, accepted in demo mode only.</summary>
    public const string DemoKey = "pgw-admin-demo";

    /// <summary>SHA-256 (hex) of each admin key; never the key. Separate from caller keys: a caller key is refused.</summary>
    public List<string> KeySha256 { get; set; } = [];
}
