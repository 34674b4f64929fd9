using System.Text.Json.Serialization;

namespace PolicyGateway.Intent.Semantic;

/// <summary>One regression tree of a <see cref="TreeEnsembleFile"/>.</summary>
public sealed record TreeFile(
    [property: JsonPropertyName("weight")] float Weight,
    [property: JsonPropertyName("feature")] int[] Feature,
    [property: JsonPropertyName("threshold")] float[] Threshold,
    [property: JsonPropertyName("left")] int[] Left,
    [property: JsonPropertyName("right")] int[] Right,
    [property: JsonPropertyName("leaf")] float[] Leaves)
{
    public float Leaf(ReadOnlySpan<float> x)
    {
        if (Leaves.Length == 1)
        {
            return Leaves[0];
        }

        var node = 0;
        while (node >= 0)
        {
            node = x[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
        }

        return Leaves[~node];
    }
}
