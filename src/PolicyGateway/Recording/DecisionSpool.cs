using System.Diagnostics.Metrics;
using System.Text;
using System.Text.Json;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Recording;

/// <summary>
/// An append-only JSON Lines file of records that could not reach the store, already chained, in order. Each append
/// is flushed to disk before it returns. Not thread-safe: only <see cref="DecisionJournal"/> touches it, under its lock;
/// only the counts its gauges read are shared, through <see cref="Interlocked"/>.
/// </summary>
public sealed class DecisionSpool
{
    private long _records;
    private long _bytes;

    public DecisionSpool(string path, IMeterFactory meters)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(meters);
        FilePath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        // A spool left by a previous run (store down at shutdown, or a crash) counts from the start.
        if (File.Exists(FilePath))
        {
            _bytes = new FileInfo(FilePath).Length;
            _records = ReadAll().Count;
        }
        var meter = meters.Create(RecordingMetrics.MeterName);
        meter.CreateObservableGauge(RecordingMetrics.SpoolRecords, () => Interlocked.Read(ref _records), "{record}",
            "Records in the local spool waiting for the decision store; above zero, the store is or was unreachable.");
        meter.CreateObservableGauge(RecordingMetrics.SpoolSize, () => Interlocked.Read(ref _bytes), "By",
            "Size of the local spool file.");
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
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        using var stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
        Interlocked.Add(ref _records, records.Count);
        Interlocked.Add(ref _bytes, bytes.Length);
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

    public void Clear()
    {
        File.Delete(FilePath);
        Interlocked.Exchange(ref _records, 0);
        Interlocked.Exchange(ref _bytes, 0);
    }
}
