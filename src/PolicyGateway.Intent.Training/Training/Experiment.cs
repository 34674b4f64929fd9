using PolicyGateway.Intent.Semantic;
namespace PolicyGateway.Intent.Training.Training;

internal static class Experiment
{
    public static float[] Pool(float[][] rows, FeatureLayout layout)
    {
        var d = layout.EmbeddingDimensions;
        var x = new float[d * 2 + (layout.NGrams - d)];
        for (var j = 0; j < d; j++) { x[j] = float.MinValue; }
        foreach (var r in rows)
        {
            for (var j = 0; j < d; j++) { x[j] = Math.Max(x[j], r[j]); x[d + j] += r[j] / rows.Length; }
            for (var j = d; j < layout.NGrams; j++) { x[d + j] = Math.Max(x[d + j], r[j]); }
        }
        return x;
    }

    public static void Run(List<Example> train, List<Example> validation, FeatureLayout layout, float l2, int seed)
    {
        var pooledTrain = train.Select(e => e with { Rows = [Pool(e.Rows, layout)] }).ToList();
        var pooledVal = validation.Select(e => e with { Rows = [Pool(e.Rows, layout)] }).ToList();
        var n = pooledTrain[0].Rows[0].Length;
        foreach (var label in Enum.GetValues<IntentLabel>())
        {
            var i = (int)label;
            var t = new LabelTrainer(n, l2, seed);
            var m = t.Train(pooledTrain, i);
            var clauseModel = new LabelTrainer(layout.Count, l2, seed).Train(train, i);
            int tp = 0, fp = 0, fn = 0, tn = 0, tp2 = 0, fp2 = 0;
            for (var k = 0; k < pooledVal.Count; k++)
            {
                var s = LabelTrainer.Score(m, pooledVal[k].Rows);
                var c = LabelTrainer.Score(clauseModel, validation[k].Rows);
                var pos = pooledVal[k].Labels[i];
                if (s > 0 && pos) tp++; if (s > 0 && !pos) fp++; if (s <= 0 && pos) fn++; if (s <= 0 && !pos) tn++;
                var both = Math.Max(s, c) > 0;
                if (both && pos) tp2++; if (both && !pos) fp2++;
            }
            Console.WriteLine($"{label,-24} request-level recall {(double)tp / (tp + fn):0.000} fpr {(double)fp / (fp + tn):0.000} | max(request,clause) recall {(double)tp2 / (tp + fn):0.000} fpr {(double)fp2 / (fp + tn):0.000}");
        }
    }
}
