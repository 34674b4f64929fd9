namespace PolicyGateway.Policy.Conditions;

/// <summary>Equality or membership on an enum field (sector, api), as one bit test.</summary>
internal sealed class EnumSetCondition(Func<PolicyInput, int> select, ulong mask, bool negate) : Condition
{
    public override bool IsMet(in PolicyInput input) => ((mask >> select(input)) & 1UL) == 1UL != negate;
}
