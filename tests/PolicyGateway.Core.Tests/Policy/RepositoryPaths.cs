using PolicyGateway.Policy;

namespace PolicyGateway.Core.Tests.Policy;

/// <summary>Finds files of the repository from the test binaries, wherever the tests run.</summary>
internal static class RepositoryPaths
{
    public static string Policies { get; } = PolicyDirectoryLocator.FindAbove(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("policies/ not found above " + AppContext.BaseDirectory);

    /// <summary>The demo callers (demo mode only); the shipped pack's tests name them.</summary>
    public static string DemoCallers { get; } = Path.Combine(Policies, "demo", "callers.yaml");

    /// <summary>The shipped pack with the demo callers, as demo mode and the policy CLI load it.</summary>
    public static PolicySnapshot LoadPack() => PolicyLoader.Load(Policies, demoCallersFile: DemoCallers);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Policy", "Fixtures", name);
}
