namespace PolicyGateway.Core.Tests.Policy;

/// <summary>A throw-away policy directory holding the shipped callers.yaml and whichever rule files a test writes.</summary>
internal sealed class TempPolicyDirectory : IDisposable
{
    public TempPolicyDirectory(bool withShippedRules = false)
    {
        Path = Directory.CreateTempSubdirectory("pgw-policies-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Policies, "*.yaml"))
        {
            if (withShippedRules || System.IO.Path.GetFileName(file) == "callers.yaml")
            {
                File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
            }
        }
    }

    public string Path { get; }

    /// <summary>
    /// Writes a file the way editors and Kubernetes do, into a temporary name and then renamed over the target, so a
    /// watcher never reads it half written (on a busy machine a truncate and the write can land in two reloads).
    /// </summary>
    public string Write(string name, string yaml)
    {
        var path = System.IO.Path.Combine(Path, name);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, yaml);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    public string CopyFixture(string name) => Write(name, File.ReadAllText(RepositoryPaths.Fixture(name)));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the directory for a moment; the OS temp cleaner takes it later.
        }
    }
}
