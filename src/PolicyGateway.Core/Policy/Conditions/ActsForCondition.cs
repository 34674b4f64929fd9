namespace PolicyGateway.Policy.Conditions;

/// <summary>True when one acts_for entry matches both the sectors and the countries given (an empty list matches any).</summary>
internal sealed class ActsForCondition(ulong sectorMask, string[] countries) : Condition
{
    public override bool IsMet(in PolicyInput input)
    {
        foreach (var entry in input.Caller.ActsFor)
        {
            if (((sectorMask >> (int)entry.Sector) & 1UL) == 1UL && (countries.Length == 0 || Array.IndexOf(countries, entry.Country) >= 0))
            {
                return true;
            }
        }
        return false;
    }
}
