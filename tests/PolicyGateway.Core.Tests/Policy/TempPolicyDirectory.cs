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

    public string Write(string name, string yaml)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, yaml);
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
