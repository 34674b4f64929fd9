using PolicyGateway.Intent.Semantic;

namespace PolicyGateway.Core.Tests.Intent.Semantic;

public sealed class TreeEnsembleFileTests
{
    // x[1] ≤ 0.5 → leaf 0; else x[0] ≤ 2 → leaf 1, else leaf 2 (FastTree's encoding: a negative child c is leaf ~c).
    private static readonly TreeFile Tree = new(1, Feature: [1, 0], Threshold: [0.5f, 2f], Left: [~0, ~1], Right: [1, ~2], Leaves: [-1f, 0.5f, 2f]);

    [Theory]
    [InlineData(9f, 0.5f, -1f)]
    [InlineData(2f, 0.6f, 0.5f)]
    [InlineData(2.1f, 0.6f, 2f)]
    public void A_row_reaches_the_leaf_its_splits_choose(float x0, float x1, float leaf) =>
        Assert.Equal(leaf, Tree.Leaf([x0, x1]));

    [Fact]
    public void The_score_is_the_bias_plus_each_trees_weighted_leaf()
    {
        var stump = new TreeFile(1, [], [], [], [], [0.25f]);
        var ensemble = new TreeEnsembleFile(0.1f, [Tree with { Weight = 0.5f }, stump]);

        Assert.Equal(0.1 + (0.5 * 2) + 0.25, ensemble.Score([3f, 1f]), 6);
    }
}
