using System.Text.Json;

namespace PolicyGateway.Core.Tests.Intent;

/// <summary>Loads the labelled corpus from the source tree, so the test always sees the committed file.</summary>
internal static class Corpus
{
    private const string RelativePath = "tests/PolicyGateway.Core.Tests/Intent/Corpus/corpus.jsonl";

    public static IReadOnlyList<CorpusEntry> Load()
    {
        var path = Find();
        return File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<CorpusEntry>(line) ?? throw new InvalidDataException(line))
            .ToList();
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Intent corpus not found above " + AppContext.BaseDirectory, RelativePath);
    }
}
