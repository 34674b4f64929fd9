namespace PolicyGateway.Intent.Semantic;

/// <summary>
/// Finds a request's cue clauses, embeds them and builds one feature row per clause. Shared by the classifier and
/// the trainer, so what the model learns from and what it is served cannot drift apart.
/// </summary>
internal sealed class SemanticFeatureExtractor(IntentClassifier stage1, ISentenceEmbedder embedder, FeatureLayout layout, SemanticOptions options)
{
    private readonly ClauseFeaturizer _featurizer = new(layout);

    public IntentClassifier Stage1 => stage1;

    /// <summary>
    /// The cue clauses and their rows, or null when nothing in the request is worth a second look. Without a cue but
    /// with a picture, the rows are every sentence of the newest text and <c>Uncued</c> is set: nothing says which
    /// sentence asks about the picture.
    /// </summary>
    public (List<Clause> Clauses, float[][] Rows, bool Uncued)? Extract(Analysis analysis)
    {
        var clauses = ClauseFinder.Find(analysis, options.MaxClauses, options.MaxClauseChars, out var cues);
        var uncued = clauses.Count == 0 && analysis.ImageCount > 0;
        if (uncued)
        {
            // A picture with a bare "and him?" still deserves the model's look.
            clauses.AddRange(ClauseFinder.Newest(analysis, options.MaxClauses, options.MaxClauseChars));
        }

        if (clauses.Count == 0)
        {
            return null;
        }

        var embeddings = embedder.Embed([.. clauses.Select(c => c.Text)]);
        return (clauses, _featurizer.Build(analysis, cues, clauses, embeddings), uncued);
    }

    public (List<Clause> Clauses, float[][] Rows, bool Uncued)? Extract(Content.RequestContent content)
    {
        using var analysis = stage1.Analyze(content);
        return Extract(analysis);
    }
}
