namespace PolicyGateway.Dashboard;

/// <summary>One file of the dashboard, read once from the assembly's embedded resources.</summary>
public sealed record DashboardAsset(string Name, string ContentType, byte[] Content);
