using PolicyGateway.Policy;
using PolicyGateway.Policy.Configuration;
using PolicyGateway.Policy.Yaml;
using YamlDotNet.RepresentationModel;

namespace PolicyGateway.Callers;

/// <summary>Reads and validates <c>callers.yaml</c>; every problem is reported with file and line.</summary>
public static class CallerRegistryLoader
{
    private static readonly string[] FileKeys = ["callers"];
    private static readonly string[] CallerKeys = ["id", "name", "organization", "sector", "country", "subdivision", "acts_for", "key_sha256"];
    private static readonly string[] ActsForKeys = ["sector", "country"];
    private static readonly CallerRegistryConfigValidator Validator = new();

    /// <summary>The registry, or null with <paramref name="errors"/> filled in.</summary>
    internal static CallerRegistry? TryParse(string yaml, string fileName, List<PolicyError> errors)
    {
        var source = new YamlSource(fileName);
        var config = Read(source, yaml);
        errors.AddRange(source.Errors);
        errors.AddRange(Validator.Validate(config).ToPolicyErrors(config.Yaml.Location));
        if (errors.Count > 0)
        {
            return null;
        }
        return new CallerRegistry(config.Callers.Select(c => new Caller(
            c.Id!,
            c.Name!,
            c.Organization ?? c.Name!,
            Parse<Sector>(c.Sector),
            c.Country!,
            c.Subdivision,
            c.ActsFor.Select(a => new ActsFor(Parse<Sector>(a.Sector), a.Country!)).ToList(),
            c.KeySha256.Select(k => k.Text.ToLowerInvariant()).ToList())));
    }

    private static CallerRegistryConfig Read(YamlSource source, string yaml)
    {
        var root = source.Load(yaml);
        var empty = new YamlOrigin(new SourceLocation(source.File, 1, 1), new Dictionary<string, SourceLocation>(), []);
        if (root is null || source.Mapping(root, "the caller registry", FileKeys) is not { } file)
        {
            return new CallerRegistryConfig(source.File, [], empty);
        }
        var callers = file.Sequence("callers").Select(n => ReadCaller(source, n)).OfType<CallerConfig>().ToList();
        return new CallerRegistryConfig(source.File, callers, file.Origin);
    }

    private static CallerConfig? ReadCaller(YamlSource source, YamlNode node)
    {
        if (source.Mapping(node, "a caller", CallerKeys) is not { } caller)
        {
            return null;
        }
        var actsFor = caller.Sequence("acts_for")
            .Select(n => source.Mapping(n, "an acts_for entry", ActsForKeys))
            .OfType<YamlMappingReader>()
            .Select(a => new ActsForConfig(a.Scalar("sector"), a.Scalar("country"), a.Origin))
            .ToList();
        return new CallerConfig(
            caller.Scalar("id"), caller.Scalar("name"), caller.Scalar("organization"), caller.Scalar("sector"),
            caller.Scalar("country"), caller.Scalar("subdivision"), actsFor, caller.Values("key_sha256"), caller.Origin);
    }

    private static TEnum Parse<TEnum>(string? name) where TEnum : struct, Enum
    {
        SnakeCaseNames<TEnum>.TryParse(name, out var value);
        return value;
    }
}
