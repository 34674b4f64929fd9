using System.Text;
using System.Text.Json;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Recording;

/// <summary>
/// An append-only JSON Lines file of records that could not reach the store, already chained, in order. Each append
/// is flushed to disk before it returns. Not thread-safe: only <see cref="DecisionJournal"/> touches it, under its lock.
/// </summary>
public sealed class DecisionSpool
{
    public DecisionSpool(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        FilePath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
    }

    public string FilePath { get; }

    public bool HasRecords => File.Exists(FilePath) && new FileInfo(FilePath).Length > 0;

    public void Append(IReadOnlyList<DecisionRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var text = new StringBuilder();
        foreach (var record in records)
        {
            text.Append(JsonSerializer.Serialize(record, RecordJson.Options)).Append('\n');
        }
        using var stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read);
        stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
        stream.Flush(flushToDisk: true);
    }

    public IReadOnlyList<DecisionRecord> ReadAll()
    {
        if (!File.Exists(FilePath)) return [];
        var records = new List<DecisionRecord>();
        foreach (var line in File.ReadLines(FilePath).Where(l => l.Length > 0))
        {
            try
            {
                records.Add(JsonSerializer.Deserialize<DecisionRecord>(line, RecordJson.Options)!);
            }
            catch (JsonException)
            {
                // A line torn by a crash mid-append was never acknowledged (its flush did not return); stop there.
                break;
            }
        }
        return records;
    }

    public void Clear() => File.Delete(FilePath);
}
