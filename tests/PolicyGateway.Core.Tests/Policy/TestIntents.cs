using PolicyGateway.Intent;

namespace PolicyGateway.Core.Tests.Policy;

internal static class TestIntents
{
    public static IntentResult Of(params (IntentLabel Label, double Confidence)[] scores) =>
        new(scores.Select(s => new IntentScore(s.Label, s.Confidence, [new Evidence("test", "messages[0]", "test")])));
}
