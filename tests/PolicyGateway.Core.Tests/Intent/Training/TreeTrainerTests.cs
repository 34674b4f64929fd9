using System.Text.Json;
using PolicyGateway.Intent.Training.Training;

namespace PolicyGateway.Core.Tests.Intent.Training;

public sealed class TreeTrainerTests
{
    private static readonly TreeSettings Settings = new(Trees: 30, Leaves: 4, MinimumPerLeaf: 5, LearningRate: 0.3);

    /// <summary>Exclusive or of two features with a little noise: no linear score separates it, two splits do.</summary>
    private static List<(float[] Row, bool Positive)> ExclusiveOr()
    {
        var random = new Random(7);
        var rows = new List<(float[], bool)>();
        for (var i = 0; i < 400; i++)
        {
            var (a, b) = (random.Next(2), random.Next(2));
            rows.Add(([a + ((float)random.NextDouble() * 0.2f), b + ((float)random.NextDouble() * 0.2f), (float)random.NextDouble()], a != b));
        }

        return rows;
    }

    [Fact]
    public void The_exported_trees_score_what_they_learned()
    {
        var rows = ExclusiveOr();
        var trees = new TreeTrainer(3, seed: 1, Settings).Train(rows);

        // Read back from our own file format, the trees must still separate what a linear model cannot.
        var correct = rows.Count(r => trees.Score(r.Row) > 0 == r.Positive);
        Assert.True(correct >= rows.Count * 0.98, $"{correct} of {rows.Count} right");
    }

    [Fact]
    public void Training_twice_gives_the_same_bytes()
    {
        var rows = ExclusiveOr();
        var first = JsonSerializer.Serialize(new TreeTrainer(3, seed: 1, Settings).Train(rows));
        var second = JsonSerializer.Serialize(new TreeTrainer(3, seed: 1, Settings).Train(rows));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Settings_are_read_from_the_command_line_form()
    {
        Assert.Equal(new TreeSettings(150, 32, 20, 0.1), TreeSettings.Parse("150,32,20,0.1"));
        Assert.Throws<FormatException>(() => TreeSettings.Parse("150,32"));
    }
}
