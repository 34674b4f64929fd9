using PolicyGateway.Intent.Lexicon;
using PolicyGateway.Intent.Semantic;

namespace PolicyGateway.Core.Tests.Intent.Semantic;

public sealed class ClausePoolingTests
{
    private static readonly FeatureLayout Layout = new(4);

    private static float[] Row(float embedding, params Concept[] concepts)
    {
        var row = new float[Layout.Count];
        row.AsSpan(0, Layout.EmbeddingDimensions).Fill(embedding);
        foreach (var concept in concepts)
        {
            row[Layout.ClauseConcepts + (int)concept] = 1;
        }

        return row;
    }

    private static float Pooled(float[] pooled, Concept concept) => pooled[Layout.EmbeddingDimensions + Layout.ClauseConcepts + (int)concept];

    [Fact]
    public void Embeddings_are_pooled_by_maximum_and_mean_and_cues_by_maximum()
    {
        var pooled = ClausePooling.Pool([Row(1, Concept.Face), Row(3, Concept.Gallery)], Layout);

        Assert.Equal(3, pooled[0]);
        Assert.Equal(2, pooled[Layout.EmbeddingDimensions]);
        Assert.Equal(1, Pooled(pooled, Concept.Face));
        Assert.Equal(1, Pooled(pooled, Concept.Gallery));
    }

    [Fact]
    public void A_discussion_word_frames_the_request_only_when_every_act_clause_carries_it()
    {
        var discussedAsk = Row(0, Concept.Identify, Concept.Face, Concept.Discuss);
        var plainAsk = Row(0, Concept.WhoIs, Concept.Person);
        var discussionAside = Row(0, Concept.Person, Concept.Discuss);

        Assert.Equal(1, Pooled(ClausePooling.Pool([discussedAsk], Layout), Concept.Discuss));
        Assert.Equal(0, Pooled(ClausePooling.Pool([discussedAsk, plainAsk], Layout), Concept.Discuss));
        Assert.Equal(0, Pooled(ClausePooling.Pool([plainAsk, discussionAside], Layout), Concept.Discuss));
    }
}
