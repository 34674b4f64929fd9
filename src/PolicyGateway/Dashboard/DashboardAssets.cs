using System.Collections.Frozen;

namespace PolicyGateway.Dashboard;

/// <summary>
/// The dashboard's files, embedded in the gateway's assembly at build time: nothing is fetched at run time, and the
/// files served are exactly those built and tested with this gateway.
/// </summary>
public static class DashboardAssets
{
    private const string ResourcePrefix = "PolicyGateway.Dashboard.Assets.";

    private static readonly FrozenDictionary<string, DashboardAsset> Assets = Load();

    public static DashboardAsset? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Assets.GetValueOrDefault(name);
    }

    private static FrozenDictionary<string, DashboardAsset> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var assets = new Dictionary<string, DashboardAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            assets[name] = new DashboardAsset(name, ContentType(name), copy.ToArray());
        }
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
