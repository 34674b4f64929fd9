using PolicyGateway.Content;

namespace PolicyGateway.Intent.Semantic;

/// <summary>
/// Two stages: the deterministic <see cref="IntentClassifier"/> finds concepts (in 25 languages, through evasions
/// and encodings); the clauses that carry a cue are embedded with MiniLM, pooled, and scored per label by a
/// calibrated model. A request without cues is decided by the first stage alone. Sentences without a cue (most
/// politeness, accuracy and policy sentences) never reach the model, and negators such as discussion words only
/// count inside their own clause, so such a sentence elsewhere cannot cancel an operational ask. Thread-safe.
/// </summary>
public sealed class SemanticIntentClassifier : IIntentClassifier, IDisposable
{
    private static readonly IntentLabel[] Labels = Enum.GetValues<IntentLabel>();

    private readonly IntentClassifier _stage1;
    private readonly SemanticModel _model;
    private readonly SemanticOptions _options;
    private readonly SemanticFeatureExtractor _features;
    private readonly TimeProvider _time;
    private IDisposable? _owned;

    public SemanticIntentClassifier(IntentClassifier stage1, ISentenceEmbedder embedder, SemanticModel model, SemanticOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(stage1);
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(model);
        if (embedder.Model != model.File.Embedding || embedder.Dimensions != model.Layout.EmbeddingDimensions)
        {
            throw new ArgumentException($"The intent model was trained on '{model.File.Embedding}' vectors, not '{embedder.Model}'.", nameof(embedder));
        }

        _stage1 = stage1;
        _model = model;
        _options = options ?? SemanticOptions.Default;
        _features = new SemanticFeatureExtractor(stage1, embedder, model.Layout, _options);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The shipped classifier: stage 1, MiniLM from the package, and the model embedded in this assembly.</summary>
    public static SemanticIntentClassifier CreateDefault(SemanticOptions? options = null, TimeProvider? time = null)
    {
        var embedder = new MiniLmSentenceEmbedder();
        return new SemanticIntentClassifier(new IntentClassifier(), embedder, SemanticModel.LoadEmbedded(), options, time) { _owned = embedder };
    }

    /// <summary>The evidence signal naming the clause that drove a label's learned score.</summary>
    public const string ClauseSignal = "model.clause";

    public string Version => _model.Version;

    public void Dispose() => _owned?.Dispose();

    public IntentResult Classify(RequestContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var analysis = _stage1.Analyze(content);
        var stage1 = _stage1.Score(analysis);
        var started = _time.GetTimestamp();
        if (_features.Extract(analysis) is not { } found)
        {
            IntentMetrics.Skipped.Add(1);
            return stage1;
        }

        var (clauses, rows, uncued) = found;
        var layout = _model.Layout;
        var pooled = ClausePooling.Pool(rows, layout);
        var alone = rows.Length == 1 ? [pooled] : rows.Select(r => ClausePooling.Pool([r], layout)).ToArray();
        var aloneLinear = alone.Select(a => _model.Linear(a)).ToArray();
        // Without a cue, no sentence is known to be the ask: each sentence is scored as the whole request and the most
        // telling one is taken, so a sentence added before or after "who dis?" cannot dilute it.
        float[][] stacked = uncued
            ? [.. alone.Select((a, i) => layout.Stack(aloneLinear[i], aloneLinear[i], a))]
            : [layout.Stack(rows.Length == 1 ? aloneLinear[0] : _model.Linear(pooled), BestClause(aloneLinear), pooled)];
        var scores = new List<IntentScore>(FeatureLayout.LabelCount);
        foreach (var label in Labels)
        {
            var clause = clauses[Driving(label, aloneLinear)];
            var segment = analysis.Segments[clause.Segment];
            var firstStage = stage1.Scores[(int)label].Evidence;
            var evidence = new List<Evidence>(1 + firstStage.Count)
            {
                new(ClauseSignal, segment.Location, Excerpt.Around(segment.Text.Span, clause.Cue, 0)),
            };
            evidence.AddRange(firstStage);
            var confidence = stacked.Max(row => _model.Confidence(label, row));
            scores.Add(new IntentScore(label, Math.Round(confidence, 4), evidence));
        }

        IntentMetrics.Clauses.Record(clauses.Count);
        IntentMetrics.SemanticDuration.Record(_time.GetElapsedTime(started).TotalMilliseconds);
        return new IntentResult(scores);
    }

    /// <summary>Each label's highest linear score of a clause alone.</summary>
    private static float[] BestClause(float[][] aloneLinear)
    {
        var best = (float[])aloneLinear[0].Clone();
        foreach (var scores in aloneLinear.Skip(1))
        {
            for (var label = 0; label < best.Length; label++)
            {
                best[label] = Math.Max(best[label], scores[label]);
            }
        }

        return best;
    }

    /// <summary>The clause that scores highest on its own: the one the evidence names as having driven the label.</summary>
    private static int Driving(IntentLabel label, float[][] aloneLinear)
    {
        var best = 0;
        for (var i = 1; i < aloneLinear.Length; i++)
        {
            if (aloneLinear[i][(int)label] > aloneLinear[best][(int)label])
            {
                best = i;
            }
        }

        return best;
    }
}
