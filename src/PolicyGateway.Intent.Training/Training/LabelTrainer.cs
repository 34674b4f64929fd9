using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// Trains one label's model with ML.NET's L-BFGS logistic regression on pooled request rows. One thread and a
/// fixed seed: the same corpus gives the same weights, bit for bit.
/// </summary>
internal sealed class LabelTrainer(int featureCount, float l2, int seed)
{
    private sealed class Row
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];
    }

    public (float[] Weights, float Bias) Train(IEnumerable<Example> examples, int label)
    {
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        var rows = examples.Select(e => new Row { Label = e.Labels[label], Features = e.Row! }).ToList();
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
        var model = trainer.Fit(ml.Data.LoadFromEnumerable(rows, schema)).Model.SubModel;
        return (model.Weights.ToArray(), model.Bias);
    }

    public static double Score((float[] Weights, float Bias) model, float[] row)
    {
        var sum = (double)model.Bias;
        for (var i = 0; i < row.Length; i++)
        {
            sum += model.Weights[i] * row[i];
        }

        return sum;
    }
}
