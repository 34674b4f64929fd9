namespace PolicyGateway.Tests.Cli;

/// <summary>A temporary copy of the shipped policy directory (rules, callers and tests) that a test may break.</summary>
internal sealed class PolicyCopy : IDisposable
{
    public PolicyCopy()
    {
        Path = Directory.CreateTempSubdirectory("pgw-cli-").FullName;
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "tests"));
        foreach (var file in Directory.EnumerateFiles(CliRun.Policies, "*.yaml", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(CliRun.Policies, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public string Path { get; }

    public string Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
