using System.Text.Json.Serialization;

namespace PolicyGateway.Intent.Semantic;

/// <summary>
/// Boosted regression trees in the form FastTree trains them: raw = bias + Σ weight·leaf(tree, x). At node n,
/// x[feature[n]] ≤ threshold[n] goes to left[n], else right[n]; a negative child c is leaf ~c.
/// </summary>
public sealed record TreeEnsembleFile(
    [property: JsonPropertyName("bias")] float Bias,
    [property: JsonPropertyName("trees")] IReadOnlyList<TreeFile> Trees)
{
    public double Score(ReadOnlySpan<float> x)
    {
        var sum = (double)Bias;
        foreach (var tree in Trees)
        {
            sum += tree.Weight * tree.Leaf(x);
        }

        return sum;
    }
}

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
