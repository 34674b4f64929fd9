using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using PolicyGateway.Intent.Semantic;

namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// Trains one label's boosted trees (ML.NET FastTree) on the compact second-level row. One thread and a fixed seed:
/// the same corpus gives the same trees, bit for bit.
/// </summary>
internal sealed class TreeTrainer(int featureCount, int seed, TreeSettings settings)
{
    public TreeEnsembleFile Train(IEnumerable<(float[] Row, bool Positive)> examples)
    {
        var ml = new MLContext(seed);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = TrainingRows.Label,
            FeatureColumnName = TrainingRows.Features,
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            MinimumExampleCountPerLeaf = settings.MinimumPerLeaf,
            LearningRate = settings.LearningRate,
            NumberOfThreads = 1,
            Seed = seed,
            FeatureFirstUsePenalty = 0,
        });
        var ensemble = trainer.Fit(TrainingRows.Load(ml, featureCount, examples)).Model.SubModel.TrainedTreeEnsemble;
        return new TreeEnsembleFile(
            (float)ensemble.Bias,
            [.. ensemble.Trees.Select((tree, t) => new TreeFile(
                (float)ensemble.TreeWeights[t],
                [.. tree.NumericalSplitFeatureIndexes],
                [.. tree.NumericalSplitThresholds],
                [.. tree.LeftChild],
                [.. tree.RightChild],
                [.. tree.LeafValues.Select(v => (float)v)]))]);
    }
}
