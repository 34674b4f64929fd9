using PolicyGateway.Configuration;
using PolicyGateway.Policy;

namespace PolicyGateway.Cli;

internal static class PolicyDirectory
{
    /// <summary>The given directory, or the nearest <c>policies/</c> holding a caller registry, from the working directory up.</summary>
    public static string Resolve(string? given) => given ?? PoliciesDirectory.Resolve(null);

    /// <summary>Loads the directory, or prints every error with file:line and returns null.</summary>
    /// <remarks>
    /// The demo callers (demo/callers.yaml), when present, are included: these offline commands never accept a key, and
    /// the shipped policy tests and README examples name demo callers by id.
    /// </remarks>
    public static PolicySnapshot? Load(string directory, TextWriter stderr)
    {
        var demo = Path.Combine(directory, GatewayOptions.DefaultDemoCallersPath);
        var result = PolicyLoader.TryLoad(directory, demoCallersFile: File.Exists(demo) ? demo : null);
        if (result.Succeeded)
        {
            return result.Snapshot;
        }
        foreach (var error in result.Errors)
        {
            stderr.WriteLine(error);
        }
        stderr.WriteLine($"{result.Errors.Count} error{(result.Errors.Count == 1 ? "" : "s")} in {directory}");
        return null;
    }
}
