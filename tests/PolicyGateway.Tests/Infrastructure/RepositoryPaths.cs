namespace PolicyGateway.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The repository's <c>policies/</c> directory, found by walking up from the test binaries.</summary>
    public static string Policies { get; } = PolicyGateway.Policy.PolicyDirectoryLocator.FindAbove(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("No policies/callers.yaml above " + AppContext.BaseDirectory);

    /// <summary>The demo callers (published keys) that demo mode reads.</summary>
    public static string DemoCallers { get; } = Path.Combine(Policies, "demo", "callers.yaml");
}
