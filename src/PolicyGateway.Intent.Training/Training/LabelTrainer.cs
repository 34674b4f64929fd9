using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// Trains one label's clause model with ML.NET's L-BFGS logistic regression (one thread, fixed seed: same input,
/// same weights). Only requests carry labels, so it is multiple-instance learning in two rounds: first every cue
/// clause of a positive request counts as positive; then only the clause the first model ranks highest does, the
/// way the request score is served (the best clause). Calibration comes from out-of-fold scores.
/// </summary>
internal sealed class LabelTrainer(int featureCount, float l2, int seed)
{
    private sealed class Row
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];
    }

    public (float[] Weights, float Bias) Train(IReadOnlyList<Example> examples, int label)
    {
        var first = Fit(Rows(examples, label, chooser: null));
        return Fit(Rows(examples, label, chooser: first));
    }

    /// <summary>The request score the classifier serves: the best clause's raw score.</summary>
    public static double Score((float[] Weights, float Bias) model, float[][] rows)
    {
        var best = double.NegativeInfinity;
        foreach (var row in rows)
        {
            var sum = (double)model.Bias;
            for (var i = 0; i < row.Length; i++)
            {
                sum += model.Weights[i] * row[i];
            }

            best = Math.Max(best, sum);
        }

        return best;
    }

    private static IEnumerable<Row> Rows(IReadOnlyList<Example> examples, int label, (float[] Weights, float Bias)? chooser)
    {
        foreach (var example in examples)
        {
            var positive = example.Labels[label];
            if (!positive || chooser is null || example.Rows.Length == 1)
            {
                foreach (var row in example.Rows)
                {
                    yield return new Row { Label = positive, Features = row };
                }

                continue;
            }

            var (best, bestScore) = (0, double.NegativeInfinity);
            for (var i = 0; i < example.Rows.Length; i++)
            {
                var score = Score(chooser.Value, [example.Rows[i]]);
                if (score > bestScore)
                {
                    (best, bestScore) = (i, score);
                }
            }

            yield return new Row { Label = true, Features = example.Rows[best] };
        }
    }

    private (float[] Weights, float Bias) Fit(IEnumerable<Row> rows)
    {
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        var data = ml.Data.LoadFromEnumerable(rows.ToList(), schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            L2Regularization = l2,
            L1Regularization = 0,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 300,
            OptimizationTolerance = 1e-7f,
        });
        var model = trainer.Fit(data).Model.SubModel;
        return (model.Weights.ToArray(), model.Bias);
    }
}
