using System.Globalization;
using System.Text;
using PolicyGateway.Intent;
using Xunit.Abstractions;

namespace PolicyGateway.Core.Tests.Intent;

/// <summary>
/// Precision and recall of every label on the labelled corpus, per split. A label is "present" when its
/// confidence is at least <see cref="IntentClassifier.PresentThreshold"/>. The held-out split is never used
/// for tuning; only tune-split misses are listed in the output.
/// </summary>
public sealed class IntentCorpusTests(ITestOutputHelper output)
{
    private const double FacialRecognitionMinRecall = 0.97;
    private const double FacialRecognitionMaxFalsePositiveRate = 0.02;
    private const double OtherLabelMinRecall = 0.85;
    private const double OtherLabelMinPrecision = 0.80;

    private static readonly IntentClassifier Classifier = new();

    private static readonly Dictionary<string, IntentLabel> LabelNames = new()
    {
        ["facial_recognition"] = IntentLabel.FacialRecognition,
        ["realtime"] = IntentLabel.Realtime,
        ["mobile_camera"] = IntentLabel.MobileCamera,
        ["in_the_wild"] = IntentLabel.InTheWild,
        ["watchlist_match"] = IntentLabel.WatchlistMatch,
        ["law_enforcement_context"] = IntentLabel.LawEnforcementContext,
    };

    [Fact]
    public void Corpus_is_large_and_balanced()
    {
        var corpus = Corpus.Load();
        Assert.True(corpus.Count >= 600, $"corpus has {corpus.Count} requests");
        var positives = corpus.Count(e => e.Labels["facial_recognition"]);
        Assert.True(corpus.Count - positives >= positives, "at least as many benign look-alikes as positives");
        Assert.True(corpus.Count(e => e.Split == "heldout") >= corpus.Count * 0.3, "held-out split is at least 30 %");
        Assert.Equal(corpus.Count, corpus.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Labels_meet_the_quality_bar_on_both_splits()
    {
        var corpus = Corpus.Load();
        var report = new StringBuilder();
        var failures = new List<string>();
        foreach (var split in new[] { "tune", "heldout" })
        {
            var entries = corpus.Where(e => e.Split == split).ToList();
            var counts = LabelNames.Keys.ToDictionary(k => k, _ => new LabelCounts());
            var misses = new List<string>();
            foreach (var entry in entries)
            {
                var result = Classifier.Classify(CorpusRequestBuilder.Build(entry));
                foreach (var (name, label) in LabelNames)
                {
                    var expected = entry.Labels[name];
                    var actual = result[label] >= IntentClassifier.PresentThreshold;
                    counts[name].Add(expected, actual);
                    if (expected != actual && split == "tune")
                    {
                        misses.Add(Miss(entry, name, expected, result, label));
                    }
                }
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"split={split} requests={entries.Count} (threshold {IntentClassifier.PresentThreshold})");
            report.AppendLine("label                     pos   neg    TP   FP   FN  precision  recall  FP-rate");
            foreach (var (name, c) in counts)
            {
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"{name,-24} {c.Positives,4} {c.Negatives,5} {c.TruePositives,5} {c.FalsePositives,4} {c.FalseNegatives,4}  {c.Precision,9:0.000}  {c.Recall,6:0.000}  {c.FalsePositiveRate,7:0.000}");
            }

            report.AppendLine();
            if (misses.Count > 0)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"tune-split misses ({misses.Count}):");
                misses.ForEach(m => report.AppendLine(m));
                report.AppendLine();
            }

            var fr = counts["facial_recognition"];
            if (fr.Recall < FacialRecognitionMinRecall)
            {
                failures.Add($"{split}: facial_recognition recall {fr.Recall:0.000} < {FacialRecognitionMinRecall}");
            }

            if (fr.FalsePositiveRate > FacialRecognitionMaxFalsePositiveRate)
            {
                failures.Add($"{split}: facial_recognition false-positive rate {fr.FalsePositiveRate:0.000} > {FacialRecognitionMaxFalsePositiveRate}");
            }

            foreach (var (name, c) in counts.Where(kv => kv.Key != "facial_recognition"))
            {
                if (c.Recall < OtherLabelMinRecall || c.Precision < OtherLabelMinPrecision)
                {
                    failures.Add($"{split}: {name} precision {c.Precision:0.000} recall {c.Recall:0.000} below {OtherLabelMinPrecision}/{OtherLabelMinRecall}");
                }
            }
        }

        var text = report.ToString();
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "intent-corpus-metrics.txt"), text);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static string Miss(CorpusEntry entry, string name, bool expected, IntentResult result, IntentLabel label)
    {
        var score = result.Scores[(int)label];
        var evidence = string.Join("; ", score.Evidence.Take(3).Select(e => $"{e.Signal}@{e.Location}:'{e.Excerpt}'"));
        return string.Create(CultureInfo.InvariantCulture, $"  {(expected ? "FN" : "FP")} {name,-24} {score.Confidence:0.00} {entry.Id} [{entry.Lang}/{entry.Api}/{entry.Evasion}] {evidence}");
    }
}
