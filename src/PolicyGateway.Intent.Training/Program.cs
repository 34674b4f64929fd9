using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Semantic;
using PolicyGateway.Intent.Training.Corpus;
using PolicyGateway.Intent.Training.Training;
using PolicyGateway.Policy;

// Rebuilds src/PolicyGateway.Core/Intent/Semantic/intent-model.json from the corpus's train split:
//   dotnet run -c Release --project src/PolicyGateway.Intent.Training [-- --corpus DIR --out FILE]
// Scores a model on the train and validation splits (--report), or on the blind split (--blind; score it once):
//   dotnet run -c Release --project src/PolicyGateway.Intent.Training -- --report [--model FILE] [--blind] [--stage1] [--misses]
// A blind split's misses are printed only with --spent: once it has been scored and reported, it may serve as validation.
// How far facial recognition moves when only the pictures' camera tag, the API shape or the naming of the tool changes (tune split, or a spent blind one):
//   dotnet run -c Release --project src/PolicyGateway.Intent.Training -- --report --invariance [--model FILE] [--blind --spent]
// Any run without --report trains and overwrites the shipped model when it ends, so an unknown or misspelt argument
// (--help included) stops here rather than being ignored.
string[] valued = ["--corpus", "--embedding-cache", "--l2", "--model", "--out", "--trees"];
string[] switches = ["--blind", "--invariance", "--misses", "--report", "--spent", "--stage1", "--train-only"];
for (var i = 0; i < args.Length; i++)
{
    if (valued.Contains(args[i]) && i + 1 < args.Length)
    {
        i++;
    }
    else if (!switches.Contains(args[i]))
    {
        throw new ArgumentException($"unknown argument '{args[i]}': the options are {string.Join(' ', valued.Select(v => v + " VALUE"))} {string.Join(' ', switches)} (see the comment at the top of Program.cs)");
    }
}

var corpusDir = Arg("--corpus") ?? CorpusFiles.Find();
if (args.Contains("--report"))
{
    var modelPath = Arg("--model");
    var semantic = modelPath is null ? SemanticModel.LoadEmbedded() : SemanticModel.Load(File.ReadAllBytes(modelPath));
    // A build embeds the model file of its time: after a retraining, a stale build would score the previous model
    // (a blind split's one scoring included) under the new one's name in the notes.
    var shipped = ShippedModelPath();
    if (modelPath is null && File.Exists(shipped) && SemanticModel.Load(File.ReadAllBytes(shipped)).Version is var onDisk && onDisk != semantic.Version)
    {
        throw new InvalidOperationException($"this build embeds {semantic.Version} but {shipped} is {onDisk}: rebuild, or pass --model");
    }

    using var miniLm = new MiniLmSentenceEmbedder();
    using var cache = Cached(miniLm);
    ISentenceEmbedder serving = cache is null ? miniLm : cache;
    // --stage1 scores the deterministic first stage alone, as the baseline the learned stage is compared with.
    IIntentClassifier classifier = args.Contains("--stage1") ? new IntentClassifier() : new SemanticIntentClassifier(new IntentClassifier(), serving, semantic);
    var policies = LoadPack();
    var blind = args.Contains("--blind");
    var corpus = CorpusFiles.Load(corpusDir, includeBlind: blind);
    Console.WriteLine($"model {classifier.Version}");
    if (args.Contains("--invariance"))
    {
        // Probing an unscored blind split would be reading it: only a spent one may be probed.
        if (blind && !args.Contains("--spent")) throw new ArgumentException("--invariance --blind needs --spent: probe a blind split only after its one scoring");
        Console.Write(InvarianceProbe.Run(classifier, [.. corpus.Where(e => blind == (e.Split == "blind"))]));
        return;
    }

    // "tune" is every written request the shipped model learned from (train and validation splits).
    foreach (var split in blind ? ["blind"] : new[] { "tune", "train", "validation" })
    {
        var scored = corpus.Where(e => split == "tune" ? e.Split != "blind" : e.Split == split).ToList();
        var report = QualityReport.Measure(split, classifier, scored, policies, keepMisses: args.Contains("--misses") && (split != "blind" || args.Contains("--spent")));
        Console.WriteLine(report.ToText());
        report.Misses.ForEach(Console.WriteLine);
    }

    return;
}

var output = Arg("--out") ?? ShippedModelPath();
const int Folds = 5;
const int Seed = 20261129;
var L2 = float.Parse(Arg("--l2") ?? "3", System.Globalization.CultureInfo.InvariantCulture);
// --trees COUNT,LEAVES,MIN-PER-LEAF,RATE for experiments; the shipped model uses the default, chosen on blind split 4 (spent).
var Trees = TreeSettings.Parse(Arg("--trees") ?? "150,32,20,0.1");

var clock = Stopwatch.StartNew();
// The shipped model learns from every written request but the blind split; --train-only keeps validation out so it can be measured.
string[] trainingSplits = args.Contains("--train-only") ? ["train"] : ["train", "validation"];
var entries = CorpusFiles.Load(corpusDir).Where(e => trainingSplits.Contains(e.Split)).ToList();
using var miniLmEmbedder = new MiniLmSentenceEmbedder(cacheCapacity: 1_000_000);
using var embeddingCache = Cached(miniLmEmbedder);
ISentenceEmbedder embedder = embeddingCache is null ? miniLmEmbedder : embeddingCache;
var layout = new FeatureLayout(embedder.Dimensions);
var extractor = new SemanticFeatureExtractor(new IntentClassifier(), embedder, layout, SemanticOptions.Default);
var labels = Enum.GetValues<IntentLabel>();
// The demo callers are the writers' callers: whom an entry's caller works for decides whether it teaches for_us_police.
var callers = LoadPack().Callers;
var onEveryCore = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };

// Requests are independent and every step is deterministic, so they are featurised in parallel and kept in corpus order.
var perEntry = new List<Example>[entries.Count];
Parallel.For(0, entries.Count, onEveryCore, i => perEntry[i] = ExamplesOf(entries[i]));
var examples = perEntry.SelectMany(e => e).ToList();

List<Example> ExamplesOf(CorpusEntry entry)
{
    var ofEntry = new List<Example>();
    // Gold per head: the labels (for_us_police derived, and unknown for some entries: GoldLabels), then fr_topic (asked
    // or only discussed; the session-1 corpus has no fr_mode, and there the label is the best it says).
    var asked = entry.Labels[SnakeCaseNames<IntentLabel>.Name(IntentLabel.FacialRecognition)];
    bool?[] known = [.. labels.Select(l => GoldLabels.Of(entry, l, callers)), entry.FrMode is { } mode ? mode is "asked" or "discussed" : asked];
    bool[] gold = [.. known.Select(g => g ?? false)];
    // A head whose gold the entry does not know learns nothing from it (or from its variants).
    bool[]? Within(bool[]? heads) =>
        known.All(g => g is not null) ? heads : [.. known.Select((g, head) => g is not null && (heads is null || heads[head]))];
    var fold = (int)(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(entry.Seed))[1] % Folds);
    var content = CorpusRequestBuilder.Build(entry);
    var variants = new[] { ("", content, (bool[]?)null) }.Concat(Augmenter.Variants(entry.Id, content).Select(v => (v.Suffix, v.Content, (bool[]?)null)));
    if (CameraRetag.Variant(entry) is { } retagged)
    {
        variants = variants.Append(("+camera", CorpusRequestBuilder.Build(retagged), HeadScope.FacialRecognition));
    }

    // Naming the technology must not turn an ask into talk (NamingSentences); it changes no other label's evidence.
    if (asked && Augmenter.Naming(entry.Id, entry.Lang, content, NamingSentences.Training) is { } named)
    {
        variants = variants.Append(("+naming", named, HeadScope.FacialRecognition));
    }

    // The same conversation as a realtime session, for the facial-recognition heads only: the transport is the one API
    // fact the model sees, and the invariance probe showed it moving FR (chosen on spent blind split 16).
    if (ShapeConverter.CanConvert(entry))
    {
        variants = variants.Append(("+realtime", CorpusRequestBuilder.Build(ShapeConverter.ToRealtime(entry)), HeadScope.FacialRecognition));
    }

    foreach (var (suffix, variant, heads) in variants)
    {
        var found = extractor.Extract(variant);
        var row = found is { } f ? new SparseRow(ClausePooling.Pool(f.Rows, layout)) : null;
        var clauses = found?.Rows.Select(r => new SparseRow(ClausePooling.Pool([r], layout))).ToArray();
        ofEntry.Add(new Example(entry.Id + suffix, gold, row, clauses, fold, Within(heads)));
    }

    return ofEntry;
}

var withCues = examples.Where(e => e.Row is not null).ToList();
Console.WriteLine($"{entries.Count} written requests, {examples.Count} with variants, {withCues.Count} reach the model; features in {clock.Elapsed.TotalSeconds:0} s");

// Level 1, per head (each label, then the auxiliary heads): logistic regression on the pooled row. Its out-of-fold
// scores (of the pooled row and of the best clause alone) are what the trees learn from, so the trees never see a score
// the model gave its own training rows.
var trainer = new LabelTrainer(layout.PooledCount, L2, Seed);
var linear = new (float[] Weights, float Bias)[FeatureLayout.HeadCount];
var outOfFoldPooled = withCues.Select(_ => new float[FeatureLayout.HeadCount]).ToArray();
var outOfFoldClause = withCues.Select(_ => new float[FeatureLayout.HeadCount]).ToArray();
// Each (head, fold) fit is single-threaded with its own seeded context and writes only its own cells, so running them
// side by side on every core gives the same bytes as running them one after another.
Parallel.ForEach(Jobs(FeatureLayout.HeadCount), onEveryCore, job =>
{
    var (index, fold) = job;
    if (fold == Folds)
    {
        linear[index] = trainer.Train(withCues.Where(e => e.Teaches(index)).ToList(), index);
        return;
    }

    var model = trainer.Train(withCues.Where(e => e.Fold != fold && e.Teaches(index)).ToList(), index);
    for (var i = 0; i < withCues.Count; i++)
    {
        if (withCues[i].Fold == fold)
        {
            outOfFoldPooled[i][index] = (float)withCues[i].Row!.Score(model.Weights, model.Bias);
            outOfFoldClause[i][index] = (float)withCues[i].Clauses!.Max(c => c.Score(model.Weights, model.Bias));
        }
    }
});

// Level 2, per label: boosted trees on the stacked rows, calibrated with Platt on their own out-of-fold scores.
// The stack reads the pooled row only up to the character n-grams.
var stacked = withCues.Select((e, i) => layout.Stack(outOfFoldPooled[i], outOfFoldClause[i], e.Row!.ToDense(layout.EmbeddingDimensions + layout.CharGrams))).ToArray();
var trees = new TreeTrainer(layout.StackCount, Seed, Trees);
var foldScores = new List<(double Raw, bool Positive)>[labels.Length, Folds];
var finals = new TreeEnsembleFile[labels.Length];
Parallel.ForEach(Jobs(labels.Length), onEveryCore, job =>
{
    var (index, fold) = job;
    var teaching = Enumerable.Range(0, withCues.Count).Where(i => withCues[i].Teaches(index)).ToArray();
    if (fold == Folds)
    {
        finals[index] = trees.Train(teaching.Select(i => (stacked[i], withCues[i].Labels[index])));
        return;
    }

    var ensemble = trees.Train(teaching.Where(i => withCues[i].Fold != fold).Select(i => (stacked[i], withCues[i].Labels[index])));
    foldScores[index, fold] = [.. teaching.Where(i => withCues[i].Fold == fold).Select(i => (ensemble.Score(stacked[i]), withCues[i].Labels[index]))];
});

var models = new Dictionary<string, LabelModelFile>();
foreach (var label in labels)
{
    var index = (int)label;
    var outOfFold = Enumerable.Range(0, Folds).SelectMany(fold => foldScores[index, fold]).ToList();
    var (scale, shift) = PlattCalibration.Fit(outOfFold);
    models[SnakeCaseNames<IntentLabel>.Name(label)] = new LabelModelFile(linear[index].Bias, linear[index].Weights, finals[index], scale, shift);
    Report(label, outOfFold, scale, shift);
}

var file = new SemanticModelFile(
    SemanticModelFile.CurrentFormat, embedder.Model, layout.Signature, layout.EmbeddingDimensions,
    new Dictionary<string, string>
    {
        ["trainer"] = "ML.NET 5.0.1 LbfgsLogisticRegression, L2 " + L2 + ", on clause rows pooled per request; FastTree " + Trees
            + " on the stacked row of " + Folds + "-fold out-of-fold linear scores; Platt on the trees' out-of-fold scores; one thread, seed " + Seed,
        ["corpus_sha256"] = CorpusHash(corpusDir),
        ["requests"] = $"{entries.Count} written + {examples.Count - entries.Count} augmented ({string.Join(" + ", trainingSplits)})",
    },
    models,
    FeatureLayout.AuxiliaryHeads.Select((name, i) => (name, i)).ToDictionary(h => h.name, h => new LinearHeadFile(linear[labels.Length + h.i].Bias, linear[labels.Length + h.i].Weights)));
var json = JsonSerializer.SerializeToUtf8Bytes(file, new JsonSerializerOptions { WriteIndented = true });
File.WriteAllBytes(output, json);
Console.WriteLine($"wrote {Path.GetFullPath(output)} ({json.Length:N0} bytes, {SemanticModel.Load(json).Version}) in {clock.Elapsed.TotalSeconds:0} s");

// Every fold of every head, plus the final fit on all rows (fold == Folds), longest fits first, handed out one at a
// time so that the cores stay evenly loaded.
static OrderablePartitioner<(int Head, int Fold)> Jobs(int heads) => Partitioner.Create(
    Enumerable.Range(0, Folds + 1).Reverse().SelectMany(fold => Enumerable.Range(0, heads).Select(head => (head, fold))),
    EnumerablePartitionerOptions.NoBuffering);

static void Report(IntentLabel label, List<(double Raw, bool Positive)> scores, double scale, double shift)
{
    var counts = new LabelCounts();
    foreach (var (raw, positive) in scores)
    {
        counts.Add(positive, 1.0 / (1.0 + Math.Exp(-((scale * raw) + shift))) >= 0.5);
    }

    Console.WriteLine($"{SnakeCaseNames<IntentLabel>.Name(label),-24} out-of-fold recall {counts.Recall:0.000} "
        + $"fp-rate {counts.FalsePositiveRate:0.000} (platt {scale:0.###}, {shift:0.###})");
}

static string CorpusHash(string dir)
{
    using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    foreach (var path in Directory.GetFiles(dir, "*.jsonl", SearchOption.AllDirectories)
                 .Where(p => !p.Contains(Path.DirectorySeparatorChar + "blind" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                 .Order(StringComparer.Ordinal))
    {
        sha.AppendData(File.ReadAllBytes(path));
    }

    return Convert.ToHexStringLower(sha.GetHashAndReset());
}

// --embedding-cache FILE keeps clause vectors between experiment runs; the shipped model is built without it.
EmbeddingFileCache? Cached(MiniLmSentenceEmbedder embedder) => Arg("--embedding-cache") is { } path ? new(embedder, path) : null;

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

// The shipped pack with the demo callers, found above the working directory (the repository root in every documented command).
static PolicySnapshot LoadPack()
{
    var pack = PolicyDirectoryLocator.FindAbove(Directory.GetCurrentDirectory())
        ?? throw new DirectoryNotFoundException("policies/ not found above the working directory");
    return PolicyLoader.Load(pack, demoCallersFile: Path.Combine(pack, "demo", "callers.yaml"));
}

string ShippedModelPath() =>
    Path.GetFullPath(Path.Combine(corpusDir, "..", "..", "..", "..", "src", "PolicyGateway.Core", "Intent", "Semantic", "intent-model.json"));
