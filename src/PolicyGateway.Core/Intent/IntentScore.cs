namespace PolicyGateway.Intent;

public sealed record IntentScore(IntentLabel Label, double Confidence, IReadOnlyList<Evidence> Evidence);
