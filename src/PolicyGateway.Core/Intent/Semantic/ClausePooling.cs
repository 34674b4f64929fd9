namespace PolicyGateway.Intent.Semantic;

/// <summary>
/// Folds a request's clause rows into the one row the model scores: the element-wise maximum and the mean of the
/// clause embeddings (what the strongest clause says, and what the cue clauses say together), then the maximum of
/// every other feature (a concept, a role or a picture counts if any cue clause has it) — except the negators.
/// A discussion, fiction, negation, blur or plate word frames only its own clause, so it counts for the request
/// only when every clause that names an act (identify, match, who is, a face, a list…) carries it: "Do not
/// speculate." next to "Who is on the watchlist in this frame?" frames nothing.
/// </summary>
internal static class ClausePooling
{
    private static readonly ulong ActMask = ClauseFinder.Mask(
        Lexicon.Concept.Face, Lexicon.Concept.FrSystem, Lexicon.Concept.FaceEmbedding, Lexicon.Concept.Identify,
        Lexicon.Concept.WhoIs, Lexicon.Concept.SamePerson, Lexicon.Concept.Same, Lexicon.Concept.Match, Lexicon.Concept.Gallery);

    public static float[] Pool(IReadOnlyList<float[]> rows, FeatureLayout layout)
    {
        ArgumentOutOfRangeException.ThrowIfZero(rows.Count);
        var d = layout.EmbeddingDimensions;
        var pooled = new float[layout.PooledCount];
        pooled.AsSpan(0, d).Fill(float.MinValue);
        var share = 1f / rows.Count;
        foreach (var row in rows)
        {
            for (var j = 0; j < d; j++)
            {
                pooled[j] = Math.Max(pooled[j], row[j]);
                pooled[d + j] += row[j] * share;
            }

            for (var j = d; j < layout.Count; j++)
            {
                pooled[d + j] = Math.Max(pooled[d + j], row[j]);
            }
        }

        ScopeNegators(rows, layout, pooled);
        return pooled;
    }

    private static void ScopeNegators(IReadOnlyList<float[]> rows, FeatureLayout layout, float[] pooled)
    {
        var acts = rows.Where(r => Has(r, layout, ActMask)).ToList();
        var governing = acts.Count > 0 ? acts : rows;
        for (var bit = 0; bit < FeatureLayout.ConceptCount; bit++)
        {
            if ((ClauseFinder.CueMask & (1UL << bit)) == 0)
            {
                var at = layout.ClauseConcepts + bit;
                pooled[layout.EmbeddingDimensions + at] = governing.Min(r => r[at]);
            }
        }
    }

    private static bool Has(float[] row, FeatureLayout layout, ulong mask)
    {
        for (var bit = 0; bit < FeatureLayout.ConceptCount; bit++)
        {
            if ((mask & (1UL << bit)) != 0 && row[layout.ClauseConcepts + bit] > 0)
            {
                return true;
            }
        }

        return false;
    }
}
