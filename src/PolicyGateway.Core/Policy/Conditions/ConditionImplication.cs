using System.Globalization;
using PolicyGateway.Policy.Configuration;

namespace PolicyGateway.Policy.Conditions;

/// <summary>
/// Decides whether one validated condition implies another: every request that meets <c>floor</c> meets
/// <c>condition</c> too. The check is sound but not complete: <see cref="Implies"/> answers true only when it can
/// prove the implication from the shape of the two trees (thresholds, value sets, all/any/not), and false whenever it
/// cannot, so a rule rewritten in a way it cannot follow is treated as weaker and refused rather than waved through.
/// </summary>
internal static class ConditionImplication
{
    public static bool Implies(ConditionConfig floor, ConditionConfig condition)
    {
        ArgumentNullException.ThrowIfNull(floor);
        ArgumentNullException.ThrowIfNull(condition);

        // Exact: a conjunction is implied when each part is, and a disjunction implies when each alternative does.
        if (condition.Kind == ConditionKind.All)
        {
            return condition.Children.All(part => Implies(floor, part));
        }
        if (floor.Kind == ConditionKind.Any)
        {
            return floor.Children.All(alternative => Implies(alternative, condition));
        }
        // Sufficient: one alternative of the condition is implied, or one part of the floor implies it.
        if (condition.Kind == ConditionKind.Any && condition.Children.Any(alternative => Implies(floor, alternative)))
        {
            return true;
        }
        if (floor.Kind == ConditionKind.All && floor.Children.Any(part => Implies(part, condition)))
        {
            return true;
        }
        return (floor.Kind, condition.Kind) switch
        {
            (ConditionKind.Not, ConditionKind.Not) => Implies(condition.Children[0], floor.Children[0]),
            (ConditionKind.Field, ConditionKind.Field) => FieldImplies(floor, condition),
            (ConditionKind.ActsFor, ConditionKind.ActsFor) => ActsForImplies(floor.ActsFor!, condition.ActsFor!),
            _ => false,
        };
    }

    private static bool FieldImplies(ConditionConfig floor, ConditionConfig condition)
    {
        if (!string.Equals(floor.Field, condition.Field, StringComparison.Ordinal)
            || !ComparisonOperators.TryParse(floor.Operator, out var floorOp)
            || !ComparisonOperators.TryParse(condition.Operator, out var op))
        {
            return false;
        }
        if (ComparisonOperators.IsThreshold(floorOp))
        {
            return ThresholdImplies(floorOp, Number(floor), op, Number(condition));
        }
        var floorValues = floor.Operands.Select(v => v.Text).ToHashSet(StringComparer.Ordinal);
        var values = condition.Operands.Select(v => v.Text).ToHashSet(StringComparer.Ordinal);
        return (IsNegated(floorOp), IsNegated(op)) switch
        {
            (false, false) => floorValues.IsSubsetOf(values),
            (true, true) => values.IsSubsetOf(floorValues),
            // "x in A" implies "x not in B" when A and B share nothing; "x not in A" never implies "x in B".
            (false, true) => !floorValues.Overlaps(values),
            (true, false) => false,
        };
    }

    /// <summary>Whether "confidence floorOp a" implies "confidence op b".</summary>
    private static bool ThresholdImplies(ComparisonOperator floorOp, double a, ComparisonOperator op, double b) => (floorOp, op) switch
    {
        (ComparisonOperator.AtLeast, ComparisonOperator.AtLeast) => a >= b,
        (ComparisonOperator.AtLeast, ComparisonOperator.Above) => a > b,
        (ComparisonOperator.Above, ComparisonOperator.AtLeast) => a >= b,
        (ComparisonOperator.Above, ComparisonOperator.Above) => a >= b,
        (ComparisonOperator.AtMost, ComparisonOperator.AtMost) => a <= b,
        (ComparisonOperator.AtMost, ComparisonOperator.Below) => a < b,
        (ComparisonOperator.Below, ComparisonOperator.AtMost) => a <= b,
        (ComparisonOperator.Below, ComparisonOperator.Below) => a <= b,
        _ => false,
    };

    /// <summary>An acts_for entry that matches the floor's sectors and countries must match the condition's too; an empty list matches any.</summary>
    private static bool ActsForImplies(ActsForConditionConfig floor, ActsForConditionConfig condition) =>
        Covers(floor.Sectors, condition.Sectors) && Covers(floor.Countries, condition.Countries);

    private static bool Covers(IReadOnlyList<Yaml.LocatedValue> floor, IReadOnlyList<Yaml.LocatedValue> condition) =>
        condition.Count == 0
        || (floor.Count > 0 && floor.Select(v => v.Text).ToHashSet(StringComparer.Ordinal).IsSubsetOf(condition.Select(v => v.Text)));

    private static bool IsNegated(ComparisonOperator op) => op is ComparisonOperator.NotEqualTo or ComparisonOperator.NotIn;

    private static double Number(ConditionConfig condition) => double.Parse(condition.Operands[0].Text, CultureInfo.InvariantCulture);
}
