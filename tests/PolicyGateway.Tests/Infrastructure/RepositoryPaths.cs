namespace PolicyGateway.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The repository's <c>policies/</c> directory, found by walking up from the test binaries.</summary>
    public static string Policies { get; } = FindUp("policies");

    private static string FindUp(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (File.Exists(Path.Combine(candidate, "callers.yaml"))) return candidate;
        }
        throw new DirectoryNotFoundException($"No {name}/callers.yaml above {AppContext.BaseDirectory}");
    }
}
