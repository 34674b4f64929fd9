using PolicyGateway.Configuration;
using PolicyGateway.Policy;

namespace PolicyGateway.Cli;

internal static class PolicyDirectory
{
    /// <summary>The given directory, or the nearest <c>policies/</c> holding a caller registry, from the working directory up.</summary>
    public static string Resolve(string? given) => given ?? PoliciesDirectory.Resolve(null);

    /// <summary>Loads the directory, or prints every error with file:line and returns null.</summary>
    public static PolicySnapshot? Load(string directory, TextWriter stderr)
    {
        var result = PolicyLoader.TryLoad(directory);
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
