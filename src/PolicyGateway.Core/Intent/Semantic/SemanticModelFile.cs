using System.Text.Json.Serialization;

namespace PolicyGateway.Intent.Semantic;

/// <summary>The on-disk form of a trained second stage (<c>intent-model.json</c>), written by the trainer.</summary>
public sealed record SemanticModelFile(
    [property: JsonPropertyName("format")] int Format,
    [property: JsonPropertyName("embedding")] string Embedding,
    [property: JsonPropertyName("layout")] string Layout,
    [property: JsonPropertyName("embedding_dimensions")] int EmbeddingDimensions,
    [property: JsonPropertyName("training")] IReadOnlyDictionary<string, string> Training,
    [property: JsonPropertyName("labels")] IReadOnlyDictionary<string, LabelModelFile> Labels,
    [property: JsonPropertyName("heads")] IReadOnlyDictionary<string, LinearHeadFile> Heads)
{
    public const int CurrentFormat = 3;
}

/// <summary>An auxiliary logistic head (<see cref="FeatureLayout.AuxiliaryHeads"/>): linear = weights·x + bias, fed to the trees.</summary>
public sealed record LinearHeadFile(
    [property: JsonPropertyName("bias")] float Bias,
    [property: JsonPropertyName("weights")] float[] Weights);

/// <summary>
/// One label's two levels: a logistic model over a request's pooled clause features (linear = weights·x + bias), and
/// boosted trees over the stacked row (<see cref="FeatureLayout.Stack"/>: every label's linear score, pooled and
/// of the best clause alone, and the pooled concepts and structure); confidence = 1 / (1 + exp(-(scale·trees + shift))).
/// </summary>
public sealed record LabelModelFile(
    [property: JsonPropertyName("bias")] float Bias,
    [property: JsonPropertyName("weights")] float[] Weights,
    [property: JsonPropertyName("trees")] TreeEnsembleFile Trees,
    [property: JsonPropertyName("platt_scale")] double PlattScale,
    [property: JsonPropertyName("platt_shift")] double PlattShift);
