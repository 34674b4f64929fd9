using PolicyGateway.Intent;

namespace PolicyGateway.Decisions;

internal static class IntentResults
{
    /// <summary>Per label, the strongest score of any of <paramref name="results"/>, with its evidence.</summary>
    public static IntentResult Strongest(IEnumerable<IntentResult> results) =>
        new(results
            .SelectMany(r => r.Scores)
            .GroupBy(s => s.Label)
            .Select(g => g.MaxBy(s => s.Confidence)!));
}
