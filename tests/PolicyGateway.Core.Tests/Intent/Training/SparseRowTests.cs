using PolicyGateway.Intent.Training.Training;

namespace PolicyGateway.Core.Tests.Intent.Training;

public sealed class SparseRowTests
{
    private static readonly float[] Dense = [0.25f, 0, -1.5f, 0, 0, 3, -0f, 0.125f];

    [Fact]
    public void Keeps_only_the_non_zero_entries_in_index_order()
    {
        var row = new SparseRow(Dense);

        Assert.Equal(Dense.Length, row.Length);
        Assert.Equal([0, 2, 5, 7], row.Indices);
        Assert.Equal([0.25f, -1.5f, 3f, 0.125f], row.Values);
        Assert.Equal([0.25f, 0, -1.5f, 0, 0, 3, 0, 0.125f], row.ToDense(Dense.Length));
        Assert.Equal([0.25f, 0, -1.5f], row.ToDense(3));
    }

    [Fact]
    public void Scores_exactly_as_the_dense_dot_product_in_double()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var dense = new float[97];
            var weights = new float[97];
            for (var i = 0; i < dense.Length; i++)
            {
                dense[i] = random.Next(4) == 0 ? (float)(random.NextDouble() * 4 - 2) : 0;
                weights[i] = (float)(random.NextDouble() * 2 - 1);
            }

            var bias = (float)random.NextDouble();
            var expected = (double)bias;
            for (var i = 0; i < dense.Length; i++)
            {
                expected += weights[i] * dense[i];
            }

            Assert.Equal(expected, new SparseRow(dense).Score(weights, bias));
        }
    }
}
