namespace PolicyGateway.Policy.Conditions;

/// <summary>Equality or membership on a text field; a missing value (no subdivision) is in no set, and so is "not in" every set.</summary>
internal sealed class TextCondition(Func<PolicyInput, string?> select, string[] values, bool negate) : Condition
{
    public override bool IsMet(in PolicyInput input)
    {
        var actual = select(input);
        if (actual is null)
        {
            return negate;
        }
        foreach (var value in values)
        {
            if (string.Equals(actual, value, StringComparison.Ordinal))
            {
                return !negate;
            }
        }
        return negate;
    }
}
