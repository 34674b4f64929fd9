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
