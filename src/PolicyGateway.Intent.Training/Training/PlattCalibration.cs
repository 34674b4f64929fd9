namespace PolicyGateway.Intent.Training.Training;

/// <summary>
/// Platt scaling fitted on out-of-fold request scores as Lin, Lin and Weng ("A note on Platt's probabilistic outputs
/// for support vector machines", 2007) prescribe: Platt's smoothed targets, so a perfectly separated fold does not push
/// the slope to infinity, and Newton's method from slope 0 and the prior log-odds with a backtracking line search, so a
/// rare label (1 positive in 40) cannot overshoot into saturation either. Deterministic.
/// </summary>
internal static class PlattCalibration
{
    private const int MaxIterations = 100;
    private const double MinStep = 1e-10;
    private const double SufficientDecrease = 1e-4;

    public static (double Scale, double Shift) Fit(IReadOnlyList<(double Raw, bool Positive)> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        // Boosted trees give raw scores of ±20: fitting on standardised scores and mapping back keeps the numbers tame.
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
        var (a, b) = (0.0, Math.Log((positives + 1.0) / (negatives + 1.0)));
        var loss = Loss(scores, a, b, high, low);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
            foreach (var (raw, positive) in scores)
            {
                var p = Sigmoid((a * raw) + b);
                var d = p - (positive ? high : low);
                var w = p * (1 - p);
                ga += d * raw;
                gb += d;
                haa += w * raw * raw;
                hab += w * raw;
                hbb += w;
            }

            if (Math.Abs(ga) < 1e-9 && Math.Abs(gb) < 1e-9)
            {
                break;
            }

            var det = (haa * hbb) - (hab * hab);
            var da = -((hbb * ga) - (hab * gb)) / det;
            var db = -((haa * gb) - (hab * ga)) / det;
            var slope = (ga * da) + (gb * db);
            var step = 1.0;
            while (step >= MinStep)
            {
                var next = Loss(scores, a + (step * da), b + (step * db), high, low);
                if (next <= loss + (SufficientDecrease * step * slope))
                {
                    (a, b, loss) = (a + (step * da), b + (step * db), next);
                    break;
                }

                step /= 2;
            }

            if (step < MinStep)
            {
                break;
            }
        }

        return (a, b);
    }

    /// <summary>Cross-entropy against the smoothed targets, written so that no term overflows.</summary>
    private static double Loss(IReadOnlyList<(double Raw, bool Positive)> scores, double a, double b, double high, double low)
    {
        var total = 0.0;
        foreach (var (raw, positive) in scores)
        {
            var z = (a * raw) + b;
            var target = positive ? high : low;
            // -[t log σ(z) + (1-t) log(1-σ(z))] = log(1+e^z) - t z, with log(1+e^z) computed stably.
            total += (z > 0 ? z + double.LogP1(Math.Exp(-z)) : double.LogP1(Math.Exp(z))) - (target * z);
        }

        return total;
    }

    private static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));
}
