namespace PolicyGateway.Intent.Semantic;

/// <summary>
/// Finds a request's cue clauses, embeds them and builds one feature row per clause. Shared by the classifier and
/// the trainer, so what the model learns from and what it is served cannot drift apart.
/// </summary>
internal sealed class SemanticFeatureExtractor(IntentClassifier stage1, ISentenceEmbedder embedder, FeatureLayout layout, SemanticOptions options)
{
    private readonly ClauseFeaturizer _featurizer = new(layout);

    public IntentClassifier Stage1 => stage1;

    /// <summary>The cue clauses and their rows, or null when nothing in the request is worth a second look.</summary>
    public (List<Clause> Clauses, float[][] Rows)? Extract(Analysis analysis)
    {
        var clauses = ClauseFinder.Find(analysis, options.MaxClauses, options.MaxClauseChars, out var cues);
        if (clauses.Count == 0 && analysis.ImageCount > 0 && ClauseFinder.Newest(analysis, options.MaxClauseChars) is { } newest)
        {
            // A picture with a bare "and him?" still deserves the model's look.
            clauses.Add(newest);
        }

        if (clauses.Count == 0)
        {
            return null;
        }

        var embeddings = embedder.Embed([.. clauses.Select(c => c.Text)]);
        var unsuppressed = stage1.Score(analysis, suppress: false);
        return (clauses, _featurizer.Build(analysis, unsuppressed, cues, clauses, embeddings));
    }

    public (List<Clause> Clauses, float[][] Rows)? Extract(Content.RequestContent content)
    {
        using var analysis = stage1.Analyze(content);
        return Extract(analysis);
    }
}
