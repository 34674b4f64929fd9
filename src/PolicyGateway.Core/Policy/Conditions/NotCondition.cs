namespace PolicyGateway.Policy.Conditions;

internal sealed class NotCondition(Condition child) : Condition
{
    public override bool IsMet(in PolicyInput input) => !child.IsMet(input);
}
