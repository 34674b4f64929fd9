using PolicyGateway.Policy;

namespace PolicyGateway.Configuration;

/// <summary>
/// Finds a relative policies directory (one holding <c>callers.yaml</c>) from the working directory or any of its
/// parents, so the server and the CLI find the repository's <c>policies/</c> whether started from the root or by
/// <c>dotnet run --project</c> from elsewhere. An absolute path is taken as given.
/// </summary>
public static class PoliciesDirectory
{
    public const string Default = "policies";

    public static string Resolve(string? configured)
    {
        configured = string.IsNullOrWhiteSpace(configured) ? Default : configured;
        return Path.IsPathRooted(configured)
            ? configured
            : PolicyDirectoryLocator.FindAbove(Directory.GetCurrentDirectory(), configured) ?? Path.GetFullPath(configured);
    }
}
