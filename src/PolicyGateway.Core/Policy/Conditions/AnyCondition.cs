namespace PolicyGateway.Policy.Conditions;

internal sealed class AnyCondition(Condition[] children) : Condition
{
    public override bool IsMet(in PolicyInput input)
    {
        foreach (var child in children)
        {
            if (child.IsMet(input))
            {
                return true;
            }
        }
        return false;
    }
}
