using System.Globalization;
using System.Text;
using PolicyGateway.Callers;
using PolicyGateway.Content;
using PolicyGateway.Decisions;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Training.Corpus;
using PolicyGateway.Policy;

namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// Scores a classifier on corpus entries: per label, confusion counts at the 0.5 bar; end to end, the shipped
/// policy pack's decision for the entry's caller against the writer's expected decision (entries that name one).
/// </summary>
public sealed class QualityReport
{
    private QualityReport(string split, int requests)
    {
        Split = split;
        Requests = requests;
    }

    public string Split { get; }
    public int Requests { get; }
    public Dictionary<IntentLabel, LabelCounts> Labels { get; } = Enum.GetValues<IntentLabel>().ToDictionary(l => l, _ => new LabelCounts());

    /// <summary>Entries whose writer expects a deny, and how many of them the pack denied.</summary>
    public LabelCounts Decisions { get; } = new();

    /// <summary>
    /// The same, over the entries where the pack, given the writer's own labels as the intent, reaches the writer's
    /// expected decision: the rest no classifier can reach.
    /// </summary>
    public LabelCounts ReachableDecisions { get; } = new();

    /// <summary>
    /// For each shadow deny rule of the pack, the decisions had it been enforced too: what switching it on would add
    /// in prohibited requests denied and in legitimate ones denied, measured before anyone decides to.
    /// </summary>
    public SortedDictionary<string, LabelCounts> IfShadowEnforced { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Reachable prohibited entries by what denies them on the writer's own labels: the enforced rules that match, marked
    /// when <c>for_us_police</c> is among those labels (the text, not the registration, says the work is for a US police
    /// department). Shows which part of the rules the misses fall under, with the pack's own conditions.
    /// </summary>
    public SortedDictionary<string, LabelCounts> ProhibitedByRule { get; } = new(StringComparer.Ordinal);

    /// <summary>Longest text (all text parts together) of a request the short text-only slice counts.</summary>
    public const int ShortTextChars = 300;

    /// <summary>
    /// <c>facial_recognition</c> on requests with no picture and at most <see cref="ShortTextChars"/> characters of text:
    /// the one-line asks people type into a chat box, which the writers rarely write and the model judged worst.
    /// </summary>
    public LabelCounts ShortTextOnly { get; } = new();

    /// <summary>Misses (entry id, label, confidence, the evidence that drove it), for the splits where reading them is allowed.</summary>
    public List<string> Misses { get; } = [];

    public static QualityReport Measure(string split, IIntentClassifier classifier, IReadOnlyList<CorpusEntry> entries, PolicySnapshot? policies, bool keepMisses)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(entries);
        var report = new QualityReport(split, entries.Count);
        var results = new IntentResult[entries.Count];
        var contents = new RequestContent[entries.Count];
        Parallel.For(0, entries.Count, i =>
        {
            contents[i] = CorpusRequestBuilder.Build(entries[i]);
            results[i] = classifier.Classify(contents[i]);
        });
        for (var i = 0; i < entries.Count; i++)
        {
            report.Add(entries[i], contents[i], results[i], policies, keepMisses);
        }

        return report;
    }

    private void Add(CorpusEntry entry, RequestContent content, IntentResult result, PolicySnapshot? policies, bool keepMisses)
    {
        var shortTextOnly = IsShortTextOnly(content);
        foreach (var (label, counts) in Labels)
        {
            if (GoldLabels.Of(entry, label, policies?.Callers) is not { } expected)
            {
                continue;
            }

            var actual = result[label] >= IntentClassifier.PresentThreshold;
            counts.Add(expected, actual);
            if (shortTextOnly && label == IntentLabel.FacialRecognition)
            {
                ShortTextOnly.Add(expected, actual);
            }

            if (keepMisses && expected != actual)
            {
                var score = result.Scores[(int)label];
                var evidence = string.Join("; ", score.Evidence.Take(2).Select(e => $"{e.Signal}@{e.Location}:'{e.Excerpt}'"));
                Misses.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  {(expected ? "FN" : "FP")} {SnakeCaseNames<IntentLabel>.Name(label),-24} {score.Confidence:0.00} {entry.Id} [{entry.Lang}/{entry.Api}] {evidence}"));
            }
        }

        if (policies is not null && entry.Caller is { } callerId && entry.Expect is { } expect
            && policies.Callers.FindById(callerId) is { } caller)
        {
            var evaluation = policies.Policies.Evaluate(new PolicyInput(caller, content.Api, null, result));
            var denied = evaluation.Action == DecisionAction.Deny;
            var expectDeny = expect == "deny";
            Decisions.Add(expectDeny, denied);
            foreach (var rule in policies.Policies.Rules)
            {
                if (rule is { Mode: RuleMode.Shadow, Effect: RuleEffect.Deny })
                {
                    var counts = IfShadowEnforced.TryGetValue(rule.Id, out var found) ? found : IfShadowEnforced[rule.Id] = new LabelCounts();
                    counts.Add(expectDeny, denied || evaluation.Shadow.Any(m => m.RuleId == rule.Id));
                }
            }

            var onLabels = policies.Policies.Evaluate(new PolicyInput(caller, content.Api, null, AsResult(entry, policies.Callers)));
            if ((onLabels.Action == DecisionAction.Deny) == expectDeny)
            {
                ReachableDecisions.Add(expectDeny, denied);
                if (expectDeny)
                {
                    var key = RuleKey(onLabels, GoldLabels.Of(entry, IntentLabel.ForUsPolice, policies.Callers) == true);
                    var counts = ProhibitedByRule.TryGetValue(key, out var found) ? found : ProhibitedByRule[key] = new LabelCounts();
                    counts.Add(true, denied);
                }
            }

            if (keepMisses && denied != expectDeny)
            {
                var rule = evaluation.Enforced.Count > 0 ? evaluation.Enforced[0].RuleId : "-";
                var scores = string.Join(" ", result.Scores.Select(s => s.Confidence.ToString("0.00", CultureInfo.InvariantCulture)));
                Misses.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  {(denied ? "FP" : "FN")} decision {rule} {entry.Id} [{entry.Lang}/{entry.Api}] {callerId} fr_mode={entry.FrMode} {entry.Family} scores={scores}"));
            }
        }
    }

    private static string RuleKey(PolicyEvaluation onLabels, bool forUsPoliceInText) =>
        string.Join(" + ", onLabels.Enforced.Select(m => m.RuleId).Distinct()) + (forUsPoliceInText ? " (for_us_police from the text)" : "");

    private static bool IsShortTextOnly(RequestContent content) =>
        content.Parts.All(p => p.Kind != ContentKind.Image) && content.Parts.Where(p => p.Kind == ContentKind.Text).Sum(p => p.Text?.Length ?? 0) <= ShortTextChars;

    private static IntentResult AsResult(CorpusEntry entry, CallerRegistry callers) =>
        new(Enum.GetValues<IntentLabel>().Select(l => new IntentScore(l, GoldLabels.Of(entry, l, callers) == true ? 1 : 0, [])));

    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"split={Split} requests={Requests} (threshold {IntentClassifier.PresentThreshold})");
        text.AppendLine("label                     pos   neg    TP   FP   FN  precision  recall  FP-rate");
        foreach (var (label, c) in Labels)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{SnakeCaseNames<IntentLabel>.Name(label),-24} {c.Positives,4} {c.Negatives,5} {c.TruePositives,5} {c.FalsePositives,4} {c.FalseNegatives,4}  {c.Precision,9:0.000}  {c.Recall,6:0.000}  {c.FalsePositiveRate,7:0.000}");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"facial_recognition on short text-only requests (no picture, at most {ShortTextChars} characters): recall {ShortTextOnly.TruePositives}/{ShortTextOnly.Positives} = {ShortTextOnly.Recall:0.000}; "
            + $"FP rate {ShortTextOnly.FalsePositives}/{ShortTextOnly.Negatives} = {ShortTextOnly.FalsePositiveRate:0.000}");
        if (Decisions.Positives + Decisions.Negatives > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"decisions (shipped pack, writer's caller): prohibited denied {Decisions.TruePositives}/{Decisions.Positives} = {Decisions.Recall:0.000}; "
                + $"legitimate denied {Decisions.FalsePositives}/{Decisions.Negatives} = {Decisions.FalsePositiveRate:0.000}");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"decisions the pack reaches on the writer's labels: prohibited denied {ReachableDecisions.TruePositives}/{ReachableDecisions.Positives} = {ReachableDecisions.Recall:0.000}; "
                + $"legitimate denied {ReachableDecisions.FalsePositives}/{ReachableDecisions.Negatives} = {ReachableDecisions.FalsePositiveRate:0.000} "
                + $"(unreachable: {Decisions.Positives - ReachableDecisions.Positives} deny, {Decisions.Negatives - ReachableDecisions.Negatives} allow)");
            foreach (var (rules, c) in ProhibitedByRule)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  reachable prohibited, denied on the writer's labels by {rules}: denied {c.TruePositives}/{c.Positives} = {c.Recall:0.000}");
            }

            foreach (var (rule, c) in IfShadowEnforced)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  with shadow rule {rule} enforced too: prohibited denied {c.TruePositives}/{c.Positives} = {c.Recall:0.000}; "
                    + $"legitimate denied {c.FalsePositives}/{c.Negatives} = {c.FalsePositiveRate:0.000}");
            }
        }

        return text.ToString();
    }
}
