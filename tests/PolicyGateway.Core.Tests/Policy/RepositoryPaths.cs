using PolicyGateway.Policy;

namespace PolicyGateway.Core.Tests.Policy;

/// <summary>Finds files of the repository from the test binaries, wherever the tests run.</summary>
internal static class RepositoryPaths
{
    public static string Policies { get; } = PolicyDirectoryLocator.FindAbove(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("policies/ not found above " + AppContext.BaseDirectory);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Policy", "Fixtures", name);
}
