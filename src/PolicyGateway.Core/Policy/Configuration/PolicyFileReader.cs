using PolicyGateway.Policy.Conditions;
using PolicyGateway.Policy.Yaml;
using YamlDotNet.RepresentationModel;

namespace PolicyGateway.Policy.Configuration;

/// <summary>Turns a rule file's YAML into <see cref="PolicyFileConfig"/>, keeping lines; shape errors go to the <see cref="YamlSource"/>.</summary>
internal static class PolicyFileReader
{
    private static readonly string[] FileKeys = ["rules"];
    private static readonly string[] RuleKeys = ["id", "title", "source", "when", "effect", "mode", "message"];
    private static readonly string[] SourceKeys = ["document", "quote", "link"];
    private static readonly string[] ConditionKinds = ["all", "any", "not", "field", "acts_for"];
    private static readonly string[] FieldConditionKeys = ["field", .. ComparisonOperators.Names];
    private static readonly string[] ActsForKeys = ["sector", "country"];

    /// <summary>The file as written, or null when it is not YAML at all (the parse error is already recorded).</summary>
    public static PolicyFileConfig? Read(YamlSource source, string text)
    {
        var root = source.Load(text);
        if (source.Errors.Count > 0)
        {
            return null;
        }
        var empty = new YamlOrigin(new SourceLocation(source.File, 1, 1), new Dictionary<string, SourceLocation>(), []);
        if (root is null || source.Mapping(root, "a policy file", FileKeys) is not { } file)
        {
            return new PolicyFileConfig(source.File, [], empty);
        }
        var rules = file.Sequence("rules")
            .Select(node => ReadRule(source, node))
            .OfType<RuleConfig>()
            .ToList();
        return new PolicyFileConfig(source.File, rules, file.Origin);
    }

    private static RuleConfig? ReadRule(YamlSource source, YamlNode node)
    {
        if (source.Mapping(node, "a rule", RuleKeys) is not { } rule)
        {
            return null;
        }
        var sourceConfig = rule.Node("source") is { } s && source.Mapping(s, "'source'", SourceKeys) is { } src
            ? new SourceConfig(src.Scalar("document"), src.Scalar("quote"), src.Scalar("link"), src.Origin)
            : null;
        var when = rule.Node("when") is { } w ? ReadCondition(source, w) : null;
        return new RuleConfig(
            rule.Scalar("id"), rule.Scalar("title"), sourceConfig, when,
            rule.Scalar("effect"), rule.Scalar("mode"), rule.Scalar("message"), rule.Origin);
    }

    internal static ConditionConfig? ReadCondition(YamlSource source, YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            source.Error(node, "a condition must be a mapping with one of: " + string.Join(", ", ConditionKinds));
            return null;
        }
        // The kind key (all, any, not, field, acts_for) decides which other keys belong; find it before reading the rest.
        var kinds = mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).Where(k => ConditionKinds.Contains(k)).ToList();
        if (kinds.Count > 1)
        {
            source.Error(node, $"a condition has exactly one of {string.Join(", ", ConditionKinds)}; this one has {string.Join(" and ", kinds)} (wrap them in 'all:' or 'any:')");
            return null;
        }
        return kinds.FirstOrDefault() switch
        {
            "all" => ReadGroup(source, mapping, "all", ConditionKind.All),
            "any" => ReadGroup(source, mapping, "any", ConditionKind.Any),
            "not" => ReadNot(source, mapping),
            "field" => ReadField(source, mapping),
            "acts_for" => ReadActsFor(source, mapping),
            _ => new ConditionConfig(ConditionKind.Empty, [], null, null, [], null, new YamlMappingReader(source, mapping, "a condition", ConditionKinds).Origin),
        };
    }

    private static ConditionConfig ReadGroup(YamlSource source, YamlMappingNode mapping, string key, ConditionKind kind)
    {
        var reader = new YamlMappingReader(source, mapping, $"an '{key}' condition", [key]);
        var children = reader.Sequence(key).Select(n => ReadCondition(source, n)).OfType<ConditionConfig>().ToList();
        return new ConditionConfig(kind, children, null, null, [], null, reader.Origin);
    }

    private static ConditionConfig ReadNot(YamlSource source, YamlMappingNode mapping)
    {
        var reader = new YamlMappingReader(source, mapping, "a 'not' condition", ["not"]);
        var child = reader.Node("not") is { } n ? ReadCondition(source, n) : null;
        return new ConditionConfig(ConditionKind.Not, child is null ? [] : [child], null, null, [], null, reader.Origin);
    }

    private static ConditionConfig ReadField(YamlSource source, YamlMappingNode mapping)
    {
        var reader = new YamlMappingReader(source, mapping, "a 'field' condition", FieldConditionKeys);
        var operators = ComparisonOperators.Names.Where(reader.Has).ToList();
        if (operators.Count != 1)
        {
            source.Error(mapping, operators.Count == 0
                ? $"field '{reader.Scalar("field")}' needs one operator: {string.Join(", ", ComparisonOperators.Names)}"
                : $"field '{reader.Scalar("field")}' has {operators.Count} operators ({string.Join(", ", operators)}); use one per condition and combine with 'all:'");
        }
        var op = operators.Count == 1 ? operators[0] : null;
        if (op is not null && ShapeProblem(op, reader.Node(op)!) is { } problem)
        {
            // Reported here; leaving the operator out keeps the validator from reporting the same mistake again.
            source.Error(reader.Node(op)!, problem);
            op = null;
        }
        var operands = op is null ? [] : reader.Values(op);
        return new ConditionConfig(ConditionKind.Field, [], reader.Scalar("field"), op, operands, null, reader.Origin);
    }

    private static string? ShapeProblem(string op, YamlNode operand) => (ComparisonOperators.TakesList(op), operand) switch
    {
        (true, not YamlSequenceNode) => $"'{op}' takes a list, e.g. {op}: [a, b]",
        (false, YamlSequenceNode) => $"'{op}' takes one value; use 'in:' for a list",
        (false, YamlMappingNode) => $"'{op}' takes one value, not a mapping",
        _ => null,
    };

    private static ConditionConfig ReadActsFor(YamlSource source, YamlMappingNode mapping)
    {
        var reader = new YamlMappingReader(source, mapping, "an 'acts_for' condition", ["acts_for"]);
        ActsForConditionConfig? actsFor = null;
        if (reader.Node("acts_for") is { } node && source.Mapping(node, "'acts_for'", ActsForKeys) is { } inner)
        {
            actsFor = new ActsForConditionConfig(inner.Values("sector"), inner.Values("country"), inner.Origin);
        }
        return new ConditionConfig(ConditionKind.ActsFor, [], null, null, [], actsFor, reader.Origin);
    }
}
