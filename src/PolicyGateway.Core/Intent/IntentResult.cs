namespace PolicyGateway.Intent;

/// <summary>A confidence in [0,1] with evidence for every <see cref="IntentLabel"/>.</summary>
public sealed class IntentResult
{
    private static readonly IntentLabel[] AllLabels = Enum.GetValues<IntentLabel>();
    private readonly IntentScore[] _scores;

    public IntentResult(IEnumerable<IntentScore> scores)
    {
        _scores = AllLabels.Select(l => new IntentScore(l, 0, [])).ToArray();
        foreach (var score in scores)
        {
            _scores[(int)score.Label] = score;
        }
    }

    public static IntentResult None { get; } = new([]);

    public double this[IntentLabel label] => _scores[(int)label].Confidence;

    /// <summary>One score per label, in enum order.</summary>
    public IReadOnlyList<IntentScore> Scores => _scores;
}
