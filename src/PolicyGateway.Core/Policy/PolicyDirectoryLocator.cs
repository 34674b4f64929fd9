namespace PolicyGateway.Policy;

/// <summary>Finds a policy directory (one holding <c>callers.yaml</c>) by name in a directory or any of its parents.</summary>
public static class PolicyDirectoryLocator
{
    public static string? FindAbove(string start, string name = "policies")
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (File.Exists(Path.Combine(candidate, PolicyLoader.CallersFileName))) return candidate;
        }
        return null;
    }
}
