using System.Security.Cryptography;
using System.Text.Json;
using PolicyGateway.Policy;

namespace PolicyGateway.Intent.Semantic;

/// <summary>
/// The trained second stage, per <see cref="IntentLabel"/>: a logistic model over a request's pooled clause features,
/// and calibrated boosted trees over every label's logistic scores with the request's concepts and structure (the
/// trees learn what a linear score cannot: a face word that only sits in a negated clause, a count next to a person).
/// Immutable and thread-safe. <see cref="Version"/> is a hash of the file's bytes and goes into every decision.
/// </summary>
public sealed class SemanticModel
{
    /// <summary>The model shipped inside this assembly, trained by <c>PolicyGateway.Intent.Training</c>.</summary>
    public const string EmbeddedResource = "PolicyGateway.Intent.Semantic.intent-model.json";

    private readonly LabelModelFile[] _labels;
    private readonly LinearHeadFile[] _heads;

    private SemanticModel(SemanticModelFile file, string version)
    {
        File = file;
        Version = version;
        Layout = new FeatureLayout(file.EmbeddingDimensions);
        if (file.Format != SemanticModelFile.CurrentFormat || file.Layout != Layout.Signature)
        {
            throw new InvalidDataException(
                $"Intent model format {file.Format} with layout '{file.Layout}' does not match this build (format {SemanticModelFile.CurrentFormat}, layout '{Layout.Signature}'): retrain it.");
        }

        _labels = new LabelModelFile[FeatureLayout.LabelCount];
        foreach (var label in Enum.GetValues<IntentLabel>())
        {
            var name = SnakeCaseNames<IntentLabel>.Name(label);
            if (!file.Labels.TryGetValue(name, out var model) || model.Weights.Length != Layout.PooledCount
                || model.Trees.Trees.Any(t => t.Feature.Any(f => f < 0 || f >= Layout.StackCount)))
            {
                throw new InvalidDataException($"Intent model has no valid weights or trees for '{name}' ({Layout.PooledCount} weights, {Layout.StackCount} tree features expected).");
            }

            _labels[(int)label] = model;
        }

        _heads = new LinearHeadFile[FeatureLayout.HeadCount];
        for (var i = 0; i < _labels.Length; i++)
        {
            _heads[i] = new LinearHeadFile(_labels[i].Bias, _labels[i].Weights);
        }

        for (var i = 0; i < FeatureLayout.AuxiliaryHeads.Length; i++)
        {
            var name = FeatureLayout.AuxiliaryHeads[i];
            _heads[FeatureLayout.LabelCount + i] = file.Heads is not null && file.Heads.TryGetValue(name, out var head) && head.Weights.Length == Layout.PooledCount
                ? head
                : throw new InvalidDataException($"Intent model has no valid weights for the head '{name}' ({Layout.PooledCount} expected).");
        }
    }

    public SemanticModelFile File { get; }

    /// <summary><c>sem-</c> and the first 12 hex digits of the SHA-256 of the model file.</summary>
    public string Version { get; }

    internal FeatureLayout Layout { get; }

    public static SemanticModel Load(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var file = JsonSerializer.Deserialize<SemanticModelFile>(json)
            ?? throw new InvalidDataException("Intent model file is empty.");
        return new SemanticModel(file, "sem-" + Convert.ToHexStringLower(SHA256.HashData(json))[..12]);
    }

    public static SemanticModel LoadEmbedded()
    {
        using var stream = typeof(SemanticModel).Assembly.GetManifestResourceStream(EmbeddedResource)
            ?? throw new InvalidDataException($"The intent model resource '{EmbeddedResource}' is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Load(buffer.ToArray());
    }

    /// <summary>One logistic head's score of a pooled row (<see cref="ClausePooling"/>), before the trees.</summary>
    private double Linear(int head, ReadOnlySpan<float> features)
    {
        var model = _heads[head];
        var sum = 0.0;
        for (var i = 0; i < features.Length; i++)
        {
            sum += model.Weights[i] * features[i];
        }

        return sum + model.Bias;
    }

    /// <summary>Every head's linear score of one pooled row: the labels in label order, then the auxiliary heads.</summary>
    internal float[] Linear(ReadOnlySpan<float> features)
    {
        var scores = new float[FeatureLayout.HeadCount];
        for (var head = 0; head < scores.Length; head++)
        {
            scores[head] = (float)Linear(head, features);
        }

        return scores;
    }

    /// <summary>The calibrated confidence of a stacked row (<see cref="FeatureLayout.Stack"/>): 0.5 reads "more likely than not".</summary>
    internal double Confidence(IntentLabel label, ReadOnlySpan<float> stacked)
    {
        var model = _labels[(int)label];
        return 1.0 / (1.0 + Math.Exp(-((model.PlattScale * model.Trees.Score(stacked)) + model.PlattShift)));
    }
}
