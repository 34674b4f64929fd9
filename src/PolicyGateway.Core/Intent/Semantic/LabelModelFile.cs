using System.Text.Json.Serialization;

namespace PolicyGateway.Intent.Semantic;

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
