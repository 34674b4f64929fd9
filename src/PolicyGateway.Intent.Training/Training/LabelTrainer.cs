using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// Trains one label's model with ML.NET's L-BFGS logistic regression on pooled request rows. One thread and a
/// fixed seed: the same corpus gives the same weights, bit for bit.
/// </summary>
internal sealed class LabelTrainer(int featureCount, float l2, int seed)
{
    public (float[] Weights, float Bias) Train(IEnumerable<Example> examples, int label)
    {
        var ml = new MLContext(seed);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = TrainingRows.Label,
            FeatureColumnName = TrainingRows.Features,
            L2Regularization = l2,
            L1Regularization = 0,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 300,
            OptimizationTolerance = 1e-7f,
        });
        var model = trainer.Fit(TrainingRows.Load(ml, featureCount, examples.Select(e => (e.Row!, e.Labels[label])))).Model.SubModel;
        return (model.Weights.ToArray(), model.Bias);
    }
}
