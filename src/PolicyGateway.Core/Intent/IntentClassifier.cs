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

    /// <summary>The first stage alone has no trained parts; its rules and lexicon are versioned with the build.</summary>
    public string Version => "rules";

    public IntentResult Classify(RequestContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var analysis = Analyze(content);
        return _scorer.Score(analysis);
    }

    /// <summary>Scores an analysis made by <see cref="Analyze"/>.</summary>
    internal IntentResult Score(Analysis analysis) => _scorer.Score(analysis);

    /// <summary>Runs the first stage up to concept hits; the caller owns (and disposes) the analysis.</summary>
    internal Analysis Analyze(RequestContent content)
    {
        var analysis = new Analysis(content.Api);
        try
        {
            Scan(analysis, content);
            analysis.Index();
            return analysis;
        }
        catch
        {
            analysis.Dispose();
            throw;
        }
    }

    private void Scan(Analysis analysis, RequestContent content)
    {
        var budget = _options.MaxTotalChars;
        var attempts = _options.MaxDecodeAttempts;
        var decoded = new List<DecodedPayload>();
        var parts = content.Parts;
        var count = Math.Min(parts.Count, _options.MaxParts);
        for (var k = 0; k < count; k++)
        {
            // The first part (usually the system prompt or instructions), then the newest parts first: padding a
            // conversation with junk must not push the latest request out of the scanning budget.
            var index = k == 0 ? 0 : parts.Count - k;
            var part = parts[index];
            switch (part.Kind)
            {
                case ContentKind.Image:
                    analysis.ImageCount++;
                    if (CameraCatalog.Match(part.Metadata, out var excerpt) is { } signal)
                    {
                        analysis.CameraEvidence.Add(new Evidence(signal, part.Location, excerpt));
                    }
                    else if (CameraCatalog.IsFixed(part.Metadata))
                    {
                        analysis.FixedImageCount++;
                    }
                    else if (CameraCatalog.IsPhone(part.Metadata))
                    {
                        analysis.PhoneImageCount++;
                    }

                    continue;
                case ContentKind.ImageReference:
                    analysis.ImageCount++;
                    continue;
                case ContentKind.Audio:
                    continue;
            }

            if (string.IsNullOrEmpty(part.Text) || budget <= 0)
            {
                continue;
            }

            var cap = Math.Min(_options.MaxCharsPerPart, budget);
            budget -= Math.Min(part.Text.Length, cap);
            if (part.Text.Length <= cap)
            {
                ScanText(analysis, part, index, part.Location, part.Text, decoded, ref attempts);
            }
            else
            {
                // Over the cap, read the head and the tail: an instruction is as likely at the end of a long prompt.
                var head = cap * 3 / 4;
                ScanText(analysis, part, index, part.Location, part.Text.AsSpan(0, head), decoded, ref attempts);
                ScanText(analysis, part, index, part.Location + "#tail", part.Text.AsSpan(part.Text.Length - (cap - head)), decoded, ref attempts);
            }
        }
    }

    private void ScanText(Analysis analysis, ContentPart part, int index, string location, ReadOnlySpan<char> text, List<DecodedPayload> decoded, ref int attempts)
    {
        AddSegment(analysis, location, part, index, text, Evasion.None);
        decoded.Clear();
        EncodedPayloadFinder.Find(text, decoded, ref attempts, _options.MaxDecodedBytes);
        foreach (var payload in decoded)
        {
            AddSegment(analysis, $"{location}#{payload.Encoding}", part, index, payload.Text, Evasion.Encoded);
        }
    }

    private void AddSegment(Analysis analysis, string location, ContentPart part, int index, ReadOnlySpan<char> text, Evasion extra)
    {
        var length = _normalizer.Normalize(text, out var buffer, out var evasion);
        analysis.AddSegment(location, part.Kind, part.Role, index, buffer, length, evasion | extra);
        _lexicon.Scan(buffer.AsSpan(0, length), analysis.Segments.Count - 1, analysis.Hits);
    }
}
