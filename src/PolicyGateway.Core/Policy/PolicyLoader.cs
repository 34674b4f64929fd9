using PolicyGateway.Callers;
using PolicyGateway.Decisions;
using PolicyGateway.Policy.Conditions;
using PolicyGateway.Policy.Configuration;
using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Policy;

/// <summary>
/// Loads a policy directory: every <c>*.yaml</c>/<c>*.yml</c> file in it is a rule file except <c>callers.yaml</c>,
/// the caller registry, and <c>manifest.yaml</c>, the rules the pack must contain (<see cref="PolicyManifest"/>).
/// Subdirectories (such as <c>tests/</c> and <c>demo/</c>) are not read.
/// </summary>
public static class PolicyLoader
{
    public const string CallersFileName = "callers.yaml";

    private static readonly PolicySetConfigValidator Validator = new();

    /// <exception cref="PolicyLoadException">The directory is missing or any file in it is invalid.</exception>
    /// <param name="demoCallersFile">Demo mode only: a second caller registry (the published demo keys) merged into callers.yaml's.</param>
    public static PolicySnapshot Load(string directory, TimeProvider? time = null, string? demoCallersFile = null)
    {
        var result = TryLoad(directory, time, demoCallersFile);
        return result.Snapshot ?? throw new PolicyLoadException(directory, result.Errors);
    }

    public static PolicyLoadResult TryLoad(string directory, TimeProvider? time = null, string? demoCallersFile = null)
    {
        if (!Directory.Exists(directory))
        {
            return Failed(directory, "policy directory not found");
        }
        var files = PolicyFiles(directory)
            .Select(path => (Path: path, Name: Path.GetFileName(path), Content: File.ReadAllText(path)))
            .ToList();
        var callersFile = files.FirstOrDefault(f => f.Name == CallersFileName);
        if (callersFile.Path is null)
        {
            return Failed(Path.Combine(directory, CallersFileName), "caller registry not found; every policy directory needs callers.yaml");
        }
        var errors = new List<PolicyError>();
        var callers = CallerRegistryLoader.TryParse(callersFile.Content, DisplayPath(callersFile.Path), errors);
        var versioned = files.Select(f => (f.Name, f.Content)).ToList();
        if (demoCallersFile is not null)
        {
            if (!File.Exists(demoCallersFile))
            {
                return Failed(demoCallersFile, "demo caller registry not found");
            }
            var demoContent = File.ReadAllText(demoCallersFile);
            versioned.Add(("demo/" + Path.GetFileName(demoCallersFile), demoContent));
            var demo = CallerRegistryLoader.TryParse(demoContent, DisplayPath(demoCallersFile), errors);
            callers = callers is null || demo is null ? null : Merge(callers, demo, DisplayPath(demoCallersFile), errors);
        }
        var policies = TryParseRules(
            files.Where(f => f.Name is not (CallersFileName or PolicyManifest.FileName)).Select(f => (DisplayPath(f.Path), f.Content)), errors);
        var manifestFile = files.FirstOrDefault(f => f.Name == PolicyManifest.FileName);
        IReadOnlyList<RequiredRule>? required = manifestFile.Path is null
            ? []
            : PolicyManifest.TryParse(manifestFile.Content, DisplayPath(manifestFile.Path), errors);
        if (policies is not null && required is not null)
        {
            PolicyManifest.Check(required, policies, errors);
        }
        if (errors.Count > 0 || callers is null || policies is null || required is null)
        {
            return new PolicyLoadResult(null, errors);
        }
        var version = PolicyVersion.Compute(versioned);
        return new PolicyLoadResult(
            new PolicySnapshot(policies, callers, version, Path.GetFullPath(directory), (time ?? TimeProvider.System).GetUtcNow()) { Required = required },
            []);
    }

    /// <summary>Parses, validates and compiles rule files given as (name, YAML text); null with <paramref name="errors"/> filled in when invalid.</summary>
    public static PolicySet? TryParseRules(IEnumerable<(string File, string Yaml)> files, List<PolicyError> errors)
    {
        var configs = new List<PolicyFileConfig>();
        var shapeErrors = new List<PolicyError>();
        foreach (var (file, yaml) in files)
        {
            var source = new YamlSource(file);
            if (PolicyFileReader.Read(source, yaml) is { } config)
            {
                configs.Add(config);
            }
            shapeErrors.AddRange(source.Errors);
        }
        var set = new PolicySetConfig(configs);
        var found = shapeErrors
            .Concat(Validator.Validate(set).ToPolicyErrors(new SourceLocation(configs.FirstOrDefault()?.File ?? "policies", 1, 1)))
            .OrderBy(e => e.Location.File, StringComparer.Ordinal)
            .ThenBy(e => e.Location.Line)
            .ToList();
        if (found.Count > 0)
        {
            errors.AddRange(found);
            return null;
        }
        return new PolicySet(configs.SelectMany(f => f.Rules).Select(Compile));
    }

    private static CallerRegistry? Merge(CallerRegistry registry, CallerRegistry demo, string demoFile, List<PolicyError> errors)
    {
        var ids = registry.Callers.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var duplicate in demo.Callers.Where(c => ids.Contains(c.Id)))
        {
            errors.Add(new PolicyError(new SourceLocation(demoFile, 1, 1), $"demo caller id '{duplicate.Id}' is also defined in {CallersFileName}"));
        }
        return errors.Count > 0 ? null : new CallerRegistry(registry.Callers.Concat(demo.Callers));
    }

    internal static bool IsPolicyFile(string path) =>
        Path.GetExtension(path) is ".yaml" or ".yml";

    private static IEnumerable<string> PolicyFiles(string directory) =>
        Directory.EnumerateFiles(directory).Where(IsPolicyFile).Order(StringComparer.Ordinal);

    private static PolicyRule Compile(RuleConfig rule)
    {
        var effect = rule.Effect == "allow" ? RuleEffect.Allow : RuleEffect.Deny;
        var mode = rule.Mode == "shadow" ? RuleMode.Shadow : RuleMode.Enforce;
        var match = new RuleMatch(
            rule.Id!, rule.Title!, rule.Effect!, rule.Mode!, rule.Message ?? "",
            rule.Source!.Document!, rule.Source.Quote!, rule.Source.Link);
        return new PolicyRule(rule.Id!, effect, mode, ConditionCompiler.Compile(rule.When!), rule.When!, match, rule.Yaml.Location);
    }

    /// <summary>Paths in messages are relative to the working directory when that is shorter, as compilers print them.</summary>
    private static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private static PolicyLoadResult Failed(string path, string message) =>
        new(null, [new PolicyError(new SourceLocation(path, 1, 1), message)]);
}
