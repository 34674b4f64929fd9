using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using PolicyGateway.Intent.Semantic;

namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// Trains one label's boosted trees (ML.NET FastTree) on the compact second-level row. One thread and a fixed seed:
/// the same corpus gives the same trees, bit for bit.
/// </summary>
internal sealed class TreeTrainer(int featureCount, int seed, TreeSettings settings)
{
    private sealed class Row
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];
    }

    public TreeEnsembleFile Train(IEnumerable<(float[] Row, bool Positive)> examples)
    {
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        var rows = examples.Select(e => new Row { Label = e.Positive, Features = e.Row }).ToList();
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            MinimumExampleCountPerLeaf = settings.MinimumPerLeaf,
            LearningRate = settings.LearningRate,
            NumberOfThreads = 1,
            Seed = seed,
            FeatureFirstUsePenalty = 0,
        });
        var ensemble = trainer.Fit(ml.Data.LoadFromEnumerable(rows, schema)).Model.SubModel.TrainedTreeEnsemble;
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
