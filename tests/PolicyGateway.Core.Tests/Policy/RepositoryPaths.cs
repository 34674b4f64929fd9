namespace PolicyGateway.Core.Tests.Policy;

/// <summary>Finds files of the repository from the test binaries, wherever the tests run.</summary>
internal static class RepositoryPaths
{
    public static string Policies { get; } = FindPolicies();

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Policy", "Fixtures", name);

    private static string FindPolicies()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "policies");
            if (File.Exists(Path.Combine(candidate, "callers.yaml")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("policies/ not found above " + AppContext.BaseDirectory);
    }
}
