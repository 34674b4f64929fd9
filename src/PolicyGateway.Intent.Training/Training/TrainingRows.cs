using Microsoft.ML;
using Microsoft.ML.Data;

namespace PolicyGateway.Intent.Training.Training;

/// <summary>Labelled feature rows as the data view both trainers fit on: a bool label and a fixed-length float vector.</summary>
internal static class TrainingRows
{
    public const string Label = nameof(Row.Label);
    public const string Features = nameof(Row.Features);

    private sealed class Row
    {
        public bool Label { get; set; }

        public VBuffer<float> Features { get; set; }
    }

    public static IDataView Load(MLContext ml, int featureCount, IEnumerable<(float[] Features, bool Positive)> rows) =>
        Load(ml, featureCount, rows.Select(r => (Vector(r.Features), r.Positive)));

    /// <inheritdoc cref="Load(MLContext, int, IEnumerable{ValueTuple{float[], bool}})"/>
    public static IDataView Load(MLContext ml, int featureCount, IEnumerable<(SparseRow Features, bool Positive)> rows) =>
        Load(ml, featureCount, rows.Select(r => (Vector(r.Features), r.Positive)));

    private static IDataView Load(MLContext ml, int featureCount, IEnumerable<(VBuffer<float> Features, bool Positive)> rows)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Label = r.Positive, Features = r.Features }).ToList(), schema);
    }

    /// <summary>
    /// Rows of the linear model are mostly zero (thousands of character n-gram buckets, a handful set): passed sparse,
    /// L-BFGS only touches what is there.
    /// </summary>
    private static VBuffer<float> Vector(float[] features)
    {
        var sparse = new SparseRow(features);
        return sparse.Indices.Length * 2 > features.Length
            ? new VBuffer<float>(features.Length, features)
            : new VBuffer<float>(features.Length, sparse.Indices.Length, sparse.Values, sparse.Indices);
    }

    /// <summary>The same buffer <see cref="Vector(float[])"/> makes of the row's dense form, on copies the fit may keep.</summary>
    private static VBuffer<float> Vector(SparseRow row) =>
        row.Indices.Length * 2 > row.Length
            ? new VBuffer<float>(row.Length, row.ToDense(row.Length))
            : new VBuffer<float>(row.Length, row.Indices.Length, (float[])row.Values.Clone(), (int[])row.Indices.Clone());
}
