using PolicyGateway.Policy.Conditions;
using PolicyGateway.Policy.Configuration;
using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy;

/// <summary>
/// <c>manifest.yaml</c> beside the rules: the enforce rules the pack must contain, each with a floor (<c>when:</c>,
/// in the rules' own condition language). A load that lacks one, has it in shadow mode or as an allow, or gives it a
/// condition that does not provably cover its floor (a raised threshold, a dropped alternative, an added requirement)
/// is refused, so deleting or softening a rule file cannot quietly shrink what is enforced.
/// </summary>
public static class PolicyManifest
{
    public const string FileName = "manifest.yaml";

    private static readonly string[] FileKeys = ["required"];
    private static readonly string[] RequiredKeys = ["id", "mode", "effect", "when"];
    private static readonly ConditionConfigValidator FloorValidator = new();

    /// <summary>The declared rules, or null with <paramref name="errors"/> filled in.</summary>
    internal static IReadOnlyList<RequiredRule>? TryParse(string yaml, string fileName, List<PolicyError> errors)
    {
        var source = new YamlSource(fileName);
        var root = source.Load(yaml);
        var required = new List<RequiredRule>();
        if (root is not null && source.Mapping(root, "the manifest", FileKeys) is { } file)
        {
            ReportUnknown(source, file);
            foreach (var node in file.Sequence("required"))
            {
                if (source.Mapping(node, "a required rule", RequiredKeys) is not { } entry)
                {
                    continue;
                }
                ReportUnknown(source, entry);
                var id = entry.Scalar("id");
                if (string.IsNullOrWhiteSpace(id))
                {
                    source.Errors.Add(new PolicyError(entry.Origin.Location, "a required rule needs an 'id'"));
                    continue;
                }
                // Only enforce/deny can be required: the manifest exists to stop those being weakened.
                if (entry.Scalar("mode") is { } mode && mode != "enforce")
                {
                    source.Errors.Add(new PolicyError(entry.Origin.At("mode"), $"required rule '{id}': mode must be 'enforce'"));
                }
                if (entry.Scalar("effect") is { } effect && effect != "deny")
                {
                    source.Errors.Add(new PolicyError(entry.Origin.At("effect"), $"required rule '{id}': effect must be 'deny'"));
                }
                if (ReadFloor(source, entry, id) is { } floor)
                {
                    required.Add(new RequiredRule(id, entry.Origin.Location, floor));
                }
            }
        }
        errors.AddRange(source.Errors);
        return source.Errors.Count > 0 ? null : required;
    }

    /// <summary>
    /// Adds an error for each required rule the set lacks, has weakened to shadow mode or an allow, or whose condition
    /// does not cover the manifest's floor for it.
    /// </summary>
    public static void Check(IEnumerable<RequiredRule> required, PolicySet policies, List<PolicyError> errors)
    {
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var rule in required)
        {
            var found = policies.Rules.FirstOrDefault(r => r.Id == rule.Id);
            if (found is null)
            {
                errors.Add(new PolicyError(rule.Location, $"required rule '{rule.Id}' is missing from the policy set"));
            }
            else if (found.Mode != RuleMode.Enforce || found.Effect != RuleEffect.Deny)
            {
                errors.Add(new PolicyError(found.Location,
                    $"required rule '{rule.Id}' must stay 'effect: deny' and 'mode: enforce' (the manifest at {rule.Location} requires it)"));
            }
            else if (!ConditionImplication.Implies(rule.Floor, found.When))
            {
                errors.Add(Weaker(rule, found));
            }
        }
    }

    /// <summary>Names the first part of the rule's condition that the floor does not imply, so the author sees what narrowed.</summary>
    private static PolicyError Weaker(RequiredRule rule, PolicyRule found)
    {
        var narrowed = found.When.Kind == ConditionKind.All
            ? found.When.Children.FirstOrDefault(part => !ConditionImplication.Implies(rule.Floor, part)) ?? found.When
            : found.When;
        return new PolicyError(narrowed.Yaml.Location,
            $"required rule '{rule.Id}' is weaker than the manifest allows: it must deny every request that meets its floor " +
            $"({rule.FloorText}, at {rule.Location}), but this part of its condition does not hold for all of them: {ConditionText.Of(narrowed)}");
    }

    private static ConditionConfig? ReadFloor(YamlSource source, YamlMappingReader entry, string id)
    {
        if (entry.Node("when") is not { } node)
        {
            source.Errors.Add(new PolicyError(entry.Origin.Location,
                $"required rule '{id}' needs a 'when:' floor: the narrowest condition the rule may have (usually a copy of the rule's own 'when:')"));
            return null;
        }
        var floor = PolicyFileReader.ReadCondition(source, node);
        if (floor is null)
        {
            return null;
        }
        var result = FloorValidator.Validate(floor);
        source.Errors.AddRange(result.ToPolicyErrors(entry.Origin.At("when")));
        return result.IsValid ? floor : null;
    }

    private static void ReportUnknown(YamlSource source, YamlMappingReader mapping)
    {
        foreach (var unknown in mapping.Origin.UnknownFields)
        {
            source.Errors.Add(new PolicyError(unknown.Location, $"unknown field '{unknown.Name}'"));
        }
    }
}
