namespace PolicyGateway.Intent.Training.Training;

/// <summary>Confusion counts for one label on one split.</summary>
public sealed class LabelCounts
{
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }
    public int TrueNegatives { get; set; }

    public int Positives => TruePositives + FalseNegatives;
    public int Negatives => FalsePositives + TrueNegatives;
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => Positives == 0 ? 1 : (double)TruePositives / Positives;
    public double FalsePositiveRate => Negatives == 0 ? 0 : (double)FalsePositives / Negatives;

    public void Add(bool expected, bool actual)
    {
        switch (expected, actual)
        {
            case (true, true): TruePositives++; break;
            case (false, true): FalsePositives++; break;
            case (true, false): FalseNegatives++; break;
            default: TrueNegatives++; break;
        }
    }
}
