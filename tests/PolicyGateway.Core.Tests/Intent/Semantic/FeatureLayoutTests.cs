using PolicyGateway.Intent.Semantic;

namespace PolicyGateway.Core.Tests.Intent.Semantic;

public sealed class FeatureLayoutTests
{
    private static readonly FeatureLayout Layout = new(4);

    [Fact]
    public void The_stacked_row_carries_linear_scores_concepts_and_structure_but_no_embeddings_or_character_grams()
    {
        var pooled = new float[Layout.PooledCount];
        var d = Layout.EmbeddingDimensions;
        pooled.AsSpan(0, 2 * d).Fill(9);
        pooled[d + Layout.ClauseConcepts] = 1;
        pooled[d + Layout.CharGrams - 1] = 2;
        pooled.AsSpan(d + Layout.CharGrams).Fill(7);
        var linear = Enumerable.Repeat(3f, FeatureLayout.HeadCount).ToArray();
        var best = Enumerable.Repeat(4f, FeatureLayout.HeadCount).ToArray();

        var row = Layout.Stack(linear, best, pooled);

        Assert.Equal(Layout.StackCount, row.Length);
        Assert.Equal(3, row[0]);
        Assert.Equal(3, row[FeatureLayout.HeadCount - 1]);
        Assert.Equal(4, row[FeatureLayout.HeadCount]);
        Assert.Equal(4, row[(2 * FeatureLayout.HeadCount) - 1]);
        Assert.Equal(1, row[2 * FeatureLayout.HeadCount]);
        Assert.Equal(2, row[^1]);
        Assert.DoesNotContain(9f, row);
        Assert.DoesNotContain(7f, row);
    }

    [Fact]
    public void Auxiliary_heads_follow_the_labels_and_are_named_in_the_signature()
    {
        Assert.Equal(FeatureLayout.LabelCount + FeatureLayout.AuxiliaryHeads.Length, FeatureLayout.HeadCount);
        Assert.Contains("fr_topic", FeatureLayout.AuxiliaryHeads);
        Assert.Contains("fr_topic", Layout.Signature, StringComparison.Ordinal);
    }
}
