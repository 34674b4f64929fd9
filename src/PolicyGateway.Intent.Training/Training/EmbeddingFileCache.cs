using PolicyGateway.Intent.Semantic;

namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// Keeps clause vectors on disk between trainer runs, so trying a feature or trainer change does not re-embed the
/// corpus (minutes on two cores). For experiments only: the shipped model is built without it, so what CI rebuilds
/// never depends on a file outside the repository.
/// </summary>
internal sealed class EmbeddingFileCache(ISentenceEmbedder inner, string path) : ISentenceEmbedder, IDisposable
{
    private readonly Dictionary<string, float[]> _vectors = Load(path, inner.Dimensions);
    private readonly Lock _lock = new();
    private bool _changed;

    public int Dimensions => inner.Dimensions;

    public string Model => inner.Model;

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        List<string> missing;
        lock (_lock)
        {
            missing = texts.Where(t => !_vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        }

        // The trainer featurises requests in parallel: embed outside the lock (the embedder is thread-safe and gives
        // the same vector for a text whichever thread asks), then publish.
        var encoded = missing.Count > 0 ? inner.Embed(missing) : [];
        lock (_lock)
        {
            for (var i = 0; i < missing.Count; i++)
            {
                _vectors[missing[i]] = encoded[i];
                _changed = true;
            }

            return [.. texts.Select(t => _vectors[t])];
        }
    }

    public void Dispose()
    {
        if (!_changed)
        {
            return;
        }

        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(_vectors.Count);
        foreach (var (text, vector) in _vectors)
        {
            writer.Write(text);
            foreach (var value in vector)
            {
                writer.Write(value);
            }
        }
    }

    private static Dictionary<string, float[]> Load(string path, int dimensions)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return vectors;
        }

        using var reader = new BinaryReader(File.OpenRead(path));
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var text = reader.ReadString();
            var vector = new float[dimensions];
            for (var i = 0; i < dimensions; i++)
            {
                vector[i] = reader.ReadSingle();
            }

            vectors[text] = vector;
        }

        return vectors;
    }
}
