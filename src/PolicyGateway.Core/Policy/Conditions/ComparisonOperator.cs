namespace PolicyGateway.Policy.Conditions;

public enum ComparisonOperator
{
    EqualTo,
    NotEqualTo,
    In,
    NotIn,
    AtLeast,
    Above,
    AtMost,
    Below,
}
