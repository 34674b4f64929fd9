using PolicyGateway.Content;
using PolicyGateway.Intent.Lexicon;
using PolicyGateway.Intent.Normalization;

namespace PolicyGateway.Intent;

/// <summary>
/// Deterministic intent classifier: normalises every text-bearing part of the request (and base64/hex
/// payloads hidden in it), finds multilingual lexicon concepts, adds image-metadata facts, and scores each
/// label with rules that combine concepts across the whole conversation. Thread-safe; build once and share.
/// </summary>
public sealed class IntentClassifier : IIntentClassifier
{
    /// <summary>Confidence at or above which a label counts as present; policies may use their own numbers.</summary>
    public const double PresentThreshold = 0.5;

    private readonly IntentClassifierOptions _options;
    private readonly LexiconMatcher _lexicon;
    private readonly TextNormalizer _normalizer;
    private readonly LabelScorer _scorer;

    public IntentClassifier(IntentClassifierOptions? options = null)
    {
        _options = options ?? IntentClassifierOptions.Default;
        _lexicon = LexiconMatcher.Default;
        _normalizer = new TextNormalizer(_lexicon, new FuzzyVocabulary());
        _scorer = new LabelScorer(_options.MaxEvidencePerLabel);
    }

    public IntentResult Classify(RequestContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var analysis = new Analysis(content.Api);
        var budget = _options.MaxTotalChars;
        var attempts = _options.MaxDecodeAttempts;
        var decoded = new List<DecodedPayload>();
        var parts = content.Parts;
        for (var p = 0; p < parts.Count && p < _options.MaxParts && budget > 0; p++)
        {
            var part = parts[p];
            switch (part.Kind)
            {
                case ContentKind.Image:
                    analysis.ImageCount++;
                    if (CameraCatalog.Match(part.Metadata, out var excerpt) is { } signal)
                    {
                        analysis.CameraEvidence.Add(new Evidence(signal, part.Location, excerpt));
                    }

                    continue;
                case ContentKind.ImageReference:
                    analysis.ImageCount++;
                    continue;
                case ContentKind.Audio:
                    continue;
            }

            if (string.IsNullOrEmpty(part.Text))
            {
                continue;
            }

            var text = part.Text.AsSpan(0, Math.Min(part.Text.Length, Math.Min(_options.MaxCharsPerPart, budget)));
            budget -= text.Length;
            AddSegment(analysis, part.Location, part.Kind, _normalizer.Normalize(text));

            decoded.Clear();
            EncodedPayloadFinder.Find(text, decoded, ref attempts, _options.MaxDecodedBytes);
            foreach (var payload in decoded)
            {
                var normalized = _normalizer.Normalize(payload.Text);
                AddSegment(analysis, $"{part.Location}#{payload.Encoding}", part.Kind, normalized with { Evasion = normalized.Evasion | Evasion.Encoded });
            }
        }

        analysis.Index();
        return _scorer.Score(analysis);
    }

    private void AddSegment(Analysis analysis, string location, ContentKind kind, NormalizedText normalized)
    {
        analysis.Segments.Add(new Segment(location, kind, normalized.Text, normalized.Evasion));
        _lexicon.Scan(normalized.Text, analysis.Segments.Count - 1, analysis.Hits);
    }
}
