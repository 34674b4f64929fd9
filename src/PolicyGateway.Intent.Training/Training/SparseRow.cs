namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// A feature row kept as its non-zero entries, in index order. A pooled row is about 9,000 floats wide (8,192 of them
/// character n-gram buckets, a few dozen set) and every written request has one per cue clause as well, so dense rows
/// took the trainer to 23.3 GB; kept sparse, the full rebuild peaks at 13.7 GB. Scores add the same products in the
/// same order.
/// </summary>
internal sealed class SparseRow
{
    public SparseRow(float[] dense)
    {
        ArgumentNullException.ThrowIfNull(dense);
        Length = dense.Length;
        var set = 0;
        foreach (var value in dense)
        {
            set += value != 0 ? 1 : 0;
        }

        Indices = new int[set];
        Values = new float[set];
        for (int i = 0, k = 0; i < dense.Length; i++)
        {
            if (dense[i] != 0)
            {
                (Indices[k], Values[k]) = (i, dense[i]);
                k++;
            }
        }
    }

    public int Length { get; }

    public int[] Indices { get; }

    public float[] Values { get; }

    /// <summary>The first <paramref name="length"/> features as a dense array.</summary>
    public float[] ToDense(int length)
    {
        var dense = new float[length];
        for (var k = 0; k < Indices.Length && Indices[k] < length; k++)
        {
            dense[Indices[k]] = Values[k];
        }

        return dense;
    }

    /// <summary>bias + weights·row, summed in double in index order; the zeros a dense loop would add change nothing.</summary>
    public double Score(float[] weights, float bias)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var sum = (double)bias;
        for (var k = 0; k < Indices.Length; k++)
        {
            sum += weights[Indices[k]] * Values[k];
        }

        return sum;
    }
}
