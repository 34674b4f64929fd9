namespace PolicyGateway.Policy.Conditions;

/// <summary>What a field's values are, which decides its operators and how its operands are checked.</summary>
public enum FieldType
{
    Text,
    Sector,
    Country,
    Subdivision,
    Api,
    Confidence,
}
