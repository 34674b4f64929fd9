using System.Collections.Frozen;

namespace PolicyGateway.Policy.Conditions;

/// <summary>How operators are spelled in YAML, and which kind of field each applies to.</summary>
public static class ComparisonOperators
{
    private static readonly FrozenDictionary<string, ComparisonOperator> ByName = new Dictionary<string, ComparisonOperator>
    {
        ["equals"] = ComparisonOperator.EqualTo,
        ["not_equals"] = ComparisonOperator.NotEqualTo,
        ["in"] = ComparisonOperator.In,
        ["not_in"] = ComparisonOperator.NotIn,
        ["at_least"] = ComparisonOperator.AtLeast,
        ["above"] = ComparisonOperator.Above,
        ["at_most"] = ComparisonOperator.AtMost,
        ["below"] = ComparisonOperator.Below,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyList<string> Names { get; } = ["equals", "not_equals", "in", "not_in", "at_least", "above", "at_most", "below"];

    public static IReadOnlyList<string> TextNames { get; } = ["equals", "not_equals", "in", "not_in"];

    public static IReadOnlyList<string> ThresholdNames { get; } = ["at_least", "above", "at_most", "below"];

    public static bool TryParse(string? name, out ComparisonOperator op)
    {
        op = default;
        return name is not null && ByName.TryGetValue(name, out op);
    }

    /// <summary>The operators that take a list (membership) rather than one value.</summary>
    public static bool TakesList(string name) => name is "in" or "not_in";

    public static bool IsThreshold(ComparisonOperator op) => op >= ComparisonOperator.AtLeast;
}
