namespace PolicyGateway.Configuration;

/// <summary>
/// Finds a relative policies directory from the working directory or any of its parents, so the gateway finds the
/// repository's <c>policies/</c> whether started from the root or by <c>dotnet run --project</c> from elsewhere.
/// </summary>
public static class PoliciesDirectory
{
    public static string Resolve(string configured)
    {
        if (string.IsNullOrWhiteSpace(configured) || Path.IsPathRooted(configured)) return configured;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, configured);
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return Path.GetFullPath(configured);
    }
}
