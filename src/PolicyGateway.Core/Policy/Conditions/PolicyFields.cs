using System.Collections.Frozen;
using PolicyGateway.Intent;

namespace PolicyGateway.Policy.Conditions;

/// <summary>The closed list of fields conditions may test. Policies cannot reach anything else of a request.</summary>
public static class PolicyFields
{
    public const string IntentPrefix = "intent.";

    private static readonly FrozenDictionary<string, PolicyField> ByName = new PolicyField[]
        {
            new("caller.id", FieldType.Text),
            new("caller.sector", FieldType.Sector),
            new("caller.country", FieldType.Country),
            new("caller.subdivision", FieldType.Subdivision),
            new("api", FieldType.Api),
            new("deployment", FieldType.Text),
        }
        .Concat(Enum.GetValues<IntentLabel>().Select(l => new PolicyField(IntentPrefix + SnakeCaseNames<IntentLabel>.Name(l), FieldType.Confidence, l)))
        .ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    public static IReadOnlyList<string> Names { get; } = ByName.Keys.Order(StringComparer.Ordinal).ToArray();

    public static bool TryGet(string? name, out PolicyField field)
    {
        field = null!;
        return name is not null && ByName.TryGetValue(name, out field!);
    }
}
