using System.Globalization;
using System.Text;
using PolicyGateway.Content;
using PolicyGateway.Intent.Training.Corpus;

namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// Measures how far the facial-recognition judgement moves when only something that should not decide it changes:
/// the camera named in the pictures' EXIF, the API shape that carries the same conversation, or an ask naming
/// facial recognition as its tool. A robust classifier keeps its recall and false-positive rate, and few requests
/// cross the 0.5 bar either way.
/// </summary>
public static class InvarianceProbe
{
    /// <summary>EXIF tags the pictures are re-tagged with: one of each camera class the first stage knows, and none.</summary>
    public static readonly IReadOnlyList<(string Name, CorpusImage Tag)> Cameras =
    [
        ("no EXIF", new CorpusImage("", "", "")),
        ("body-worn (Axon Body 3)", new CorpusImage("Axon", "Body 3", "")),
        ("dash cam (Garmin)", new CorpusImage("Garmin", "Dash Cam 67W", "")),
        ("DSLR (Canon EOS R5)", new CorpusImage("Canon", "Canon EOS R5", "")),
        ("phone (iPhone 14 Pro)", new CorpusImage("Apple", "iPhone 14 Pro", "")),
        ("CCTV (Hikvision)", new CorpusImage("Hikvision", "DS-2CD2143G2-I", "")),
    ];

    public static string Run(IIntentClassifier classifier, IReadOnlyList<CorpusEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(entries);
        var text = new StringBuilder();

        var pictured = entries.Where(e => e.Images.Count > 0).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"camera: {pictured.Count} requests with pictures, {pictured.Count(Asked)} ask for facial recognition; every picture re-tagged");
        var written = Scores(classifier, pictured);
        AppendHeader(text);
        AppendRow(text, "as written", pictured, written, written);
        foreach (var (name, tag) in Cameras)
        {
            var retagged = pictured.Select(e => e with { Images = [.. e.Images.Select(_ => tag)] }).ToList();
            AppendRow(text, name, pictured, written, Scores(classifier, retagged));
        }

        var chats = entries.Where(ShapeConverter.CanConvert).ToList();
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"api shape: {chats.Count} chat requests without tools, {chats.Count(Asked)} ask for facial recognition; the same conversation re-sent");
        var asChat = Scores(classifier, chats);
        AppendHeader(text);
        AppendRow(text, "chat (as written)", chats, asChat, asChat);
        AppendRow(text, "responses", chats, asChat, Scores(classifier, [.. chats.Select(ShapeConverter.ToResponses)]));
        AppendRow(text, "batch line", chats, asChat, Scores(classifier, [.. chats.Select(ShapeConverter.ToBatchLine)]));
        AppendRow(text, "realtime session", chats, asChat, Scores(classifier, [.. chats.Select(ShapeConverter.ToRealtime)]));

        // A completions prompt carries no pictures, so only text-only chats flatten; their own baseline is the chat as written.
        var flat = Enumerable.Range(0, chats.Count).Where(i => ShapeConverter.CanFlatten(chats[i])).ToList();
        var textChats = flat.Select(i => chats[i]).ToList();
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"flattened: {textChats.Count} text-only chats, {textChats.Count(Asked)} ask for facial recognition; re-sent as a completions transcript");
        double[] asTextChat = [.. flat.Select(i => asChat[i])];
        AppendHeader(text);
        AppendRow(text, "chat (as written)", textChats, asTextChat, asTextChat);
        AppendRow(text, "completions prompt", textChats, asTextChat, Scores(classifier, [.. textChats.Select(ShapeConverter.ToCompletions)]));

        // Only asks: a sentence naming the tool would turn a discussion into an ask. The wording is not the trainer's.
        var asks = entries.Where(Asked).ToList();
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"naming: {asks.Count} requests that ask for facial recognition; a sentence naming it as the tool added, or a phrase naming it inside the ask (wording kept out of training)");
        var askContents = asks.Select(CorpusRequestBuilder.Build).ToList();
        var asked = Scores(classifier, askContents);
        AppendHeader(text);
        AppendRow(text, "as written", asks, asked, asked);
        AppendRow(text, "tool named", asks, asked, Scores(classifier, Rewritten(asks, askContents, (e, c) => Augmenter.Naming(e.Id, e.Lang, c, NamingSentences.Probe))));
        AppendRow(text, "tool named in the ask", asks, asked, Scores(classifier, Rewritten(asks, askContents, (e, c) => Augmenter.NamingInline(e.Id, e.Lang, c, NamingPhrases.Probe))));
        return text.ToString();
    }

    private static bool Asked(CorpusEntry entry) => entry.Labels["facial_recognition"];

    // A request without text a user wrote has nowhere to name the tool: it is scored as written.
    private static List<RequestContent> Rewritten(IReadOnlyList<CorpusEntry> entries, IReadOnlyList<RequestContent> contents, Func<CorpusEntry, RequestContent, RequestContent?> rewrite) =>
        [.. entries.Select((e, i) => rewrite(e, contents[i]) ?? contents[i])];

    private static double[] Scores(IIntentClassifier classifier, IReadOnlyList<CorpusEntry> entries) =>
        Scores(classifier, [.. entries.Select(CorpusRequestBuilder.Build)]);

    private static double[] Scores(IIntentClassifier classifier, IReadOnlyList<RequestContent> contents)
    {
        var scores = new double[contents.Count];
        Parallel.For(0, contents.Count, i => scores[i] = classifier.Classify(contents[i])[IntentLabel.FacialRecognition]);
        return scores;
    }

    private static void AppendHeader(StringBuilder text) =>
        text.AppendLine("variant                     FR recall  FP-rate  asked now <0.5  not asked now >=0.5  mean |change|");

    private static void AppendRow(StringBuilder text, string name, IReadOnlyList<CorpusEntry> entries, double[] baseline, double[] scores)
    {
        var counts = new LabelCounts();
        int lost = 0, gained = 0;
        double moved = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var asked = Asked(entries[i]);
            var present = scores[i] >= IntentClassifier.PresentThreshold;
            var before = baseline[i] >= IntentClassifier.PresentThreshold;
            counts.Add(asked, present);
            if (asked && before && !present) lost++;
            if (!asked && !before && present) gained++;
            moved += Math.Abs(scores[i] - baseline[i]);
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"{name,-27} {counts.Recall,9:0.000}  {counts.FalsePositiveRate,7:0.000}  {lost,14}  {gained,19}  {moved / Math.Max(1, entries.Count),13:0.000}");
    }
}
