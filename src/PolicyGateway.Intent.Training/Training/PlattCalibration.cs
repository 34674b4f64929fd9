namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// Platt scaling fitted by Newton's method on out-of-fold request scores, with Platt's smoothed targets so a
/// perfectly separated fold does not push the slope to infinity. Deterministic.
/// </summary>
internal static class PlattCalibration
{
    public static (double Scale, double Shift) Fit(IReadOnlyList<(double Raw, bool Positive)> scores)
    {
        // Newton's method from slope 1 diverges when raw scores are large (boosted trees give ±20): every
        // probability saturates and the Hessian vanishes. Fitting on standardised scores and mapping back avoids it.
        var mean = scores.Average(s => s.Raw);
        var spread = Math.Sqrt(scores.Average(s => (s.Raw - mean) * (s.Raw - mean)));
        spread = spread > 0 ? spread : 1;
        var (a, b) = FitStandardised([.. scores.Select(s => ((s.Raw - mean) / spread, s.Positive))]);
        return (a / spread, b - (a * mean / spread));
    }

    private static (double Scale, double Shift) FitStandardised(IReadOnlyList<(double Raw, bool Positive)> scores)
    {
        var positives = scores.Count(s => s.Positive);
        var negatives = scores.Count - positives;
        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (negatives + 2.0);
        var (a, b) = (1.0, 0.0);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            foreach (var (raw, positive) in scores)
            {
                var p = 1.0 / (1.0 + Math.Exp(-((a * raw) + b)));
                var d = p - (positive ? high : low);
                var w = Math.Max(p * (1 - p), 1e-12);
                ga += d * raw;
                gb += d;
                haa += w * raw * raw;
                hab += w * raw;
                hbb += w;
            }

            var det = (haa * hbb) - (hab * hab);
            var da = ((hbb * ga) - (hab * gb)) / det;
            var db = ((haa * gb) - (hab * ga)) / det;
            (a, b) = (a - da, b - db);
            if (Math.Abs(da) + Math.Abs(db) < 1e-10)
            {
                break;
            }
        }

        return (a, b);
    }
}
