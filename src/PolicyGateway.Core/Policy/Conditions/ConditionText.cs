using PolicyGateway.Policy.Configuration;

namespace PolicyGateway.Policy.Conditions;

/// <summary>A validated condition as one line of the YAML condition language, for messages and for comparing floors.</summary>
internal static class ConditionText
{
    public static string Of(ConditionConfig condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return condition.Kind switch
        {
            ConditionKind.All => $"all: [{string.Join(", ", condition.Children.Select(Of))}]",
            ConditionKind.Any => $"any: [{string.Join(", ", condition.Children.Select(Of))}]",
            ConditionKind.Not => $"not: {Of(condition.Children[0])}",
            ConditionKind.ActsFor => $"acts_for: {{ sector: [{Join(condition.ActsFor!.Sectors)}], country: [{Join(condition.ActsFor.Countries)}] }}",
            ConditionKind.Field => $"{{ field: {condition.Field}, {condition.Operator}: {Operands(condition)} }}",
            _ => "{ }",
        };
    }

    private static string Operands(ConditionConfig condition) =>
        ComparisonOperators.TakesList(condition.Operator!) ? $"[{Join(condition.Operands)}]" : condition.Operands[0].Text;

    private static string Join(IReadOnlyList<Yaml.LocatedValue> values) => string.Join(", ", values.Select(v => v.Text));
}
