using System.Text.Json.Serialization;

namespace PolicyGateway.Intent.Semantic;

/// <summary>An auxiliary logistic head (<see cref="FeatureLayout.AuxiliaryHeads"/>): linear = weights·x + bias, fed to the trees.</summary>
public sealed record LinearHeadFile(
    [property: JsonPropertyName("bias")] float Bias,
    [property: JsonPropertyName("weights")] float[] Weights);
