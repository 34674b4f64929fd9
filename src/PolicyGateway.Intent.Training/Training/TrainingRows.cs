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

        public float[] Features { get; set; } = [];
    }

    public static IDataView Load(MLContext ml, int featureCount, IEnumerable<(float[] Features, bool Positive)> rows)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Label = r.Positive, Features = r.Features }).ToList(), schema);
    }
}
