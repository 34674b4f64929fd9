using PolicyGateway.Intent.Training.Training;

namespace PolicyGateway.Core.Tests.Intent.Training;

public sealed class PlattCalibrationTests
{
    private static double Probability((double Scale, double Shift) fit, double raw) => 1 / (1 + Math.Exp(-((fit.Scale * raw) + fit.Shift)));

    [Fact]
    public void Large_raw_scores_calibrate_without_diverging()
    {
        // Boosted trees give scores around ±20; on each side one request in five has the other label.
        var scores = Enumerable.Range(0, 1000)
            .Select(i => (Raw: (i % 2 == 0 ? 20.0 : -20.0) + (i / 10 % 3), Positive: (i % 2 == 0) != (i % 10 < 2)))
            .ToList();

        var fit = PlattCalibration.Fit(scores);

        Assert.InRange(fit.Scale, 0.01, 1);
        Assert.InRange(Probability(fit, 21), 0.7, 0.9);
        Assert.InRange(Probability(fit, -19), 0.1, 0.3);
    }
}
