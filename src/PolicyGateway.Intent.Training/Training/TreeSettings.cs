using System.Globalization;

namespace PolicyGateway.Intent.Training.Training;

/// <summary>FastTree's size and pace: "COUNT,LEAVES,MIN-PER-LEAF,RATE" on the command line and in the model file.</summary>
internal sealed record TreeSettings(int Trees, int Leaves, int MinimumPerLeaf, double LearningRate)
{
    public static TreeSettings Parse(string text)
    {
        var parts = text.Split(',');
        return parts.Length == 4
            ? new(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture),
                int.Parse(parts[2], CultureInfo.InvariantCulture), double.Parse(parts[3], CultureInfo.InvariantCulture))
            : throw new FormatException($"--trees wants COUNT,LEAVES,MIN-PER-LEAF,RATE, not '{text}'.");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Trees} trees of {Leaves} leaves, at least {MinimumPerLeaf} requests per leaf, learning rate {LearningRate}");
}
