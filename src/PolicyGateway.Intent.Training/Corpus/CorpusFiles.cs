using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PolicyGateway.Intent.Training.Corpus;

/// <summary>
/// Loads the labelled corpus from the source tree and assigns splits:
/// <list type="bullet">
/// <item><c>corpus.jsonl</c> (the first session's seeds and variants): its old <c>tune</c> split is training data; its old
/// <c>heldout</c> split was watched while stage 1 was tuned, so it is only validation.</item>
/// <item><c>writers/*.jsonl</c> (independent writers): one seed in five, chosen by a hash of its id, is validation.</item>
/// <item><c>blind/*.jsonl</c>: the blind split, never trained or tuned on.</item>
/// </list>
/// </summary>
public static class CorpusFiles
{
    public const string RelativeDirectory = "tests/PolicyGateway.Core.Tests/Intent/Corpus";

    public static IReadOnlyList<CorpusEntry> Load(string? directory = null, bool includeBlind = false)
    {
        var root = directory ?? Find();
        var entries = new List<CorpusEntry>();
        entries.AddRange(Read(Path.Combine(root, "corpus.jsonl"), "corpus", e => e.Split == "heldout" ? "validation" : "train", StripVariant));
        foreach (var file in Files(Path.Combine(root, "writers")))
        {
            entries.AddRange(Read(file, Path.GetFileNameWithoutExtension(file), e => OneInFive(e.Id) ? "validation" : "train", id => id));
        }

        if (includeBlind)
        {
            foreach (var file in Files(Path.Combine(root, "blind")))
            {
                entries.AddRange(Read(file, Path.GetFileNameWithoutExtension(file), _ => "blind", id => id));
            }
        }

        return entries;
    }

    /// <summary>The corpus directory, found from the working directory or the test's output directory upwards.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativeDirectory);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("Intent corpus not found above " + Directory.GetCurrentDirectory());
    }

    private static IEnumerable<string> Files(string directory) =>
        Directory.Exists(directory) ? Directory.GetFiles(directory, "*.jsonl").Order(StringComparer.Ordinal) : [];

    private static IEnumerable<CorpusEntry> Read(string path, string writer, Func<CorpusEntry, string> split, Func<string, string> seed) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<CorpusEntry>(line) ?? throw new InvalidDataException(line))
            .Select(e => e with { Writer = writer, Seed = seed(e.Id) })
            .Select(e => e with { Split = split(e) });

    /// <summary>"en-p01-chat" → "en-p01": the first session's ids end in the variant.</summary>
    private static string StripVariant(string id) => id[..id.LastIndexOf('-')];

    public static bool OneInFive(string seed) => SHA256.HashData(Encoding.UTF8.GetBytes(seed))[0] % 5 == 0;
}
