using PolicyGateway.Intent;

namespace PolicyGateway.Policy.Conditions;

internal sealed class ConfidenceCondition(IntentLabel label, ComparisonOperator op, double threshold) : Condition
{
    public override bool IsMet(in PolicyInput input)
    {
        var confidence = input.Intents[label];
        return op switch
        {
            ComparisonOperator.AtLeast => confidence >= threshold,
            ComparisonOperator.Above => confidence > threshold,
            ComparisonOperator.AtMost => confidence <= threshold,
            _ => confidence < threshold,
        };
    }
}
