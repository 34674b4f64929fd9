using PolicyGateway.Policy;
using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Admin;

/// <summary>
/// A policy directory uploaded for a what-if preview, loaded in memory only: the live policy directory is never
/// written. Read as the loader reads a directory: top-level <c>*.yaml</c>/<c>*.yml</c> files are rules except
/// <c>callers.yaml</c> (not needed: what-if replays the callers as recorded) and <c>manifest.yaml</c>; files in
/// subdirectories (<c>tests/</c>, <c>demo/</c>) are ignored.
/// </summary>
public sealed record CandidatePack(PolicySet Policies, string Version, IReadOnlyList<string> Files)
{
    public const int MaxFiles = 200;
    public const long MaxFileBytes = 1024 * 1024;

    /// <param name="files">(path as uploaded, relative to the chosen directory or with it as first segment; text).</param>
    /// <param name="liveRequired">The live pack's manifest, applied when the upload has no manifest.yaml of its own.</param>
    /// <returns>The pack, or null with <paramref name="errors"/> as <c>file:line: message</c>.</returns>
    public static CandidatePack? TryLoad(IReadOnlyList<(string Path, string Content)> files, IReadOnlyList<RequiredRule> liveRequired, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(liveRequired);
        ArgumentNullException.ThrowIfNull(errors);
        var topLevel = TopLevel(files).Where(f => Path.GetExtension(f.Name) is ".yaml" or ".yml").OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var rules = topLevel.Where(f => f.Name is not (PolicyLoader.CallersFileName or PolicyManifest.FileName)).ToList();
        if (rules.Count == 0)
        {
            errors.Add("no policy files: choose a directory holding the rule files (*.yaml) at its top level");
            return null;
        }
        var found = new List<PolicyError>();
        var policies = PolicyLoader.TryParseRules(rules.Select(f => (f.Name, f.Content)), found);
        var manifest = topLevel.FirstOrDefault(f => f.Name == PolicyManifest.FileName);
        var required = manifest.Name is null ? liveRequired : PolicyManifest.TryParse(manifest.Content, manifest.Name, found);
        if (policies is not null && required is not null)
        {
            PolicyManifest.Check(required, policies, found);
        }
        errors.AddRange(found.Select(e => e.ToString()));
        if (policies is null || required is null || found.Count > 0) return null;
        return new CandidatePack(policies, PolicyVersion.Compute(topLevel.Select(f => (f.Name, f.Content))), topLevel.Select(f => f.Name).ToList());
    }

    /// <summary>
    /// Browsers send a directory's files as <c>dir/file.yaml</c>, <c>dir/tests/x.yaml</c>: when every path shares one
    /// first segment it is the chosen directory and is dropped; then only paths without a further '/' are top level.
    /// </summary>
    private static IEnumerable<(string Name, string Content)> TopLevel(IReadOnlyList<(string Path, string Content)> files)
    {
        var paths = files.Select(f => (Path: f.Path.Replace('\\', '/').TrimStart('/'), f.Content)).ToList();
        var firstSegments = paths.Select(p => p.Path.Contains('/', StringComparison.Ordinal) ? p.Path[..p.Path.IndexOf('/', StringComparison.Ordinal)] : null).Distinct().ToList();
        var root = firstSegments is [{ } only] ? only + "/" : "";
        return paths
            .Select(p => (Name: p.Path.StartsWith(root, StringComparison.Ordinal) ? p.Path[root.Length..] : p.Path, p.Content))
            .Where(p => p.Name.Length > 0 && !p.Name.Contains('/', StringComparison.Ordinal));
    }
}
