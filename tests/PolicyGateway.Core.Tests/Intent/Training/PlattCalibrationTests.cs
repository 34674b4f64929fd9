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

    [Fact]
    public void A_rare_label_calibrates_to_a_finite_slope_that_keeps_its_separable_positives()
    {
        // One positive in forty, as for_us_police: negatives spread around -8, most positives around +2, a few
        // positives among the negatives. (The previous fit, without a line search, passes this too: the distribution
        // on which it diverged to slope 2.6e9 in session 23 was not kept, so this only guards the shape of a good fit.)
        var negatives = Enumerable.Range(0, 3900).Select(i => (Raw: -8.0 + (i % 13 * 0.5), Positive: false));
        var positives = Enumerable.Range(0, 100).Select(i => (Raw: i < 20 ? -6.0 + (i % 5) : 2.0 + (i % 7 * 0.5), Positive: true));

        var fit = PlattCalibration.Fit([.. negatives.Concat(positives)]);

        Assert.InRange(fit.Scale, 0.05, 20);
        Assert.True(Probability(fit, 3) > 0.9, $"p(3) = {Probability(fit, 3)}");
        Assert.True(Probability(fit, -5) < 0.1, $"p(-5) = {Probability(fit, -5)}");
    }
}
