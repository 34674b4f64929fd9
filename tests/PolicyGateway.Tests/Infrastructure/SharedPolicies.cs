namespace PolicyGateway.Tests.Infrastructure;

/// <summary>
/// A copy of the shipped policy directory (rules, callers, demo callers) that several gateways read at once, as a
/// mounted volume or ConfigMap would be shared; edits are written the way editors and Kubernetes write them.
/// </summary>
public sealed class SharedPolicies : IDisposable
{
    public SharedPolicies()
    {
        Path = Directory.CreateTempSubdirectory("pgw-policies-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Policies, "*.yaml", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(RepositoryPaths.Policies, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public string Path { get; }

    public string DemoCallers => System.IO.Path.Combine(Path, "demo", "callers.yaml");

    public string Read(string name) => File.ReadAllText(System.IO.Path.Combine(Path, name));

    /// <summary>
    /// Writes into a temporary name (not a policy file) and renames it over the target, so no watching gateway ever
    /// reads the file half written.
    /// </summary>
    public void WriteAtomically(string name, string yaml)
    {
        var path = System.IO.Path.Combine(Path, name);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, yaml);
        File.Move(temporary, path, overwrite: true);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans its temp folder.
        }
    }
}
