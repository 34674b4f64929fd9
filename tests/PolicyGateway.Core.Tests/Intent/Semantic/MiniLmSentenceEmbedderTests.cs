using PolicyGateway.Intent.Semantic;

namespace PolicyGateway.Core.Tests.Intent.Semantic;

public sealed class MiniLmSentenceEmbedderTests
{
    [Fact]
    public void A_text_embeds_to_the_same_bits_whatever_else_is_in_the_request()
    {
        // The embedder groups a request's clauses by length to save padding; a clause's vector must not depend on
        // its neighbours, or a sentence added elsewhere could move the ask's score.
        string[] texts =
        [
            "is it him",
            "the officer on patrol asks whether the person in the live body camera frame matches anyone on the watchlist of suspects",
            "run the face search against the booking photos",
            "who is this",
            "compare the two pictures and tell me whether they show one person",
        ];
        using var together = new MiniLmSentenceEmbedder(cacheCapacity: 0);
        using var alone = new MiniLmSentenceEmbedder(cacheCapacity: 0);

        var batched = together.Embed(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(alone.Embed([texts[i]])[0], batched[i]);
        }
    }
}
