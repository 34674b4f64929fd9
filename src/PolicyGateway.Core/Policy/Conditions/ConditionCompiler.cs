using System.Globalization;
using PolicyGateway.Callers;
using PolicyGateway.Content;
using PolicyGateway.Policy.Configuration;

namespace PolicyGateway.Policy.Conditions;

/// <summary>Turns a validated <see cref="ConditionConfig"/> into <see cref="Condition"/> objects, once, at load time.</summary>
internal static class ConditionCompiler
{
    public static Condition Compile(ConditionConfig config) => config.Kind switch
    {
        ConditionKind.All => new AllCondition(config.Children.Select(Compile).ToArray()),
        ConditionKind.Any => new AnyCondition(config.Children.Select(Compile).ToArray()),
        ConditionKind.Not => new NotCondition(Compile(config.Children[0])),
        ConditionKind.ActsFor => CompileActsFor(config.ActsFor!),
        ConditionKind.Field => CompileField(config),
        _ => throw new InvalidOperationException($"condition at {config.Yaml.Location} was not validated"),
    };

    private static Condition CompileActsFor(ActsForConditionConfig config)
    {
        var sectors = config.Sectors.Count == 0
            ? ulong.MaxValue
            : Mask<Sector>(config.Sectors.Select(v => v.Text));
        return new ActsForCondition(sectors, config.Countries.Select(v => v.Text).ToArray());
    }

    private static Condition CompileField(ConditionConfig config)
    {
        PolicyFields.TryGet(config.Field, out var field);
        ComparisonOperators.TryParse(config.Operator, out var op);
        var values = config.Operands.Select(v => v.Text).ToArray();
        var negate = op is ComparisonOperator.NotEqualTo or ComparisonOperator.NotIn;
        return field.Type switch
        {
            FieldType.Confidence => new ConfidenceCondition(field.Label!.Value, op, double.Parse(values[0], CultureInfo.InvariantCulture)),
            FieldType.Sector => new EnumSetCondition(static i => (int)i.Caller.Sector, Mask<Sector>(values), negate),
            FieldType.Api => new EnumSetCondition(static i => (int)i.Api, Mask<ApiKind>(values), negate),
            _ => new TextCondition(TextSelector(field.Name), values, negate),
        };
    }

    private static Func<PolicyInput, string?> TextSelector(string field) => field switch
    {
        "caller.id" => static i => i.Caller.Id,
        "caller.country" => static i => i.Caller.Country,
        "caller.subdivision" => static i => i.Caller.Subdivision,
        "deployment" => static i => i.Deployment,
        _ => throw new InvalidOperationException($"no selector for field '{field}'"),
    };

    private static ulong Mask<TEnum>(IEnumerable<string> names) where TEnum : struct, Enum
    {
        var mask = 0UL;
        foreach (var name in names)
        {
            SnakeCaseNames<TEnum>.TryParse(name, out var value);
            mask |= 1UL << Convert.ToInt32(value, CultureInfo.InvariantCulture);
        }
        return mask;
    }
}
