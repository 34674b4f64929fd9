using System.Text;
using PolicyGateway.Policy.Testing;
using PolicyGateway.Policy.Yaml;
using YamlDotNet.RepresentationModel;

namespace PolicyGateway.Smoke;

/// <summary>
/// Reads a smoke suite (YAML): optional <c>name</c>, and <c>cases</c>, each with <c>name</c>, <c>key</c> or
/// <c>key_env</c>, optional <c>method</c> (POST), <c>path</c>, optional <c>content_type</c>, <c>body</c> (a YAML or JSON
/// value sent as JSON, or a string sent as written) or <c>body_file</c> (relative to the suite), <c>expect</c>
/// (<c>allow</c> | <c>deny</c>), optional <c>rule</c> and <c>shadow</c>. Errors carry file:line, like the policy files'.
/// </summary>
public static class SmokeSuiteReader
{
    private static readonly string[] FileKeys = ["name", "cases"];
    private static readonly string[] CaseKeys = ["name", "key", "key_env", "method", "path", "content_type", "body", "body_file", "expect", "rule", "shadow"];

    /// <summary>The suite, or (errors non-empty) every reason it cannot be run.</summary>
    /// <param name="environment">Reads <c>key_env</c> variables; the process environment when null.</param>
    public static (SmokeSuite? Suite, IReadOnlyList<string> Errors) Read(string path, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return (null, [$"{path}: file not found"]);
        }
        return Parse(path, File.ReadAllText(path), environment ?? Environment.GetEnvironmentVariable);
    }

    internal static (SmokeSuite? Suite, IReadOnlyList<string> Errors) Parse(string path, string yaml, Func<string, string?> environment)
    {
        var source = new YamlSource(path);
        var cases = new List<SmokeCase>();
        string? suiteName = null;
        if (source.Load(yaml) is { } root && source.Mapping(root, "a smoke suite", FileKeys) is { } file)
        {
            Unknown(source, file, "a smoke suite has 'name' and 'cases'");
            suiteName = file.Scalar("name");
            var items = file.Sequence("cases");
            if (items.Count == 0 && source.Errors.Count == 0)
            {
                source.Errors.Add(new PolicyError(file.Origin.Location, "the suite has no cases; expected 'cases:' with a list of requests"));
            }
            var context = new CaseContext(source, suiteName ?? Path.GetFileNameWithoutExtension(path), Path.GetDirectoryName(Path.GetFullPath(path))!, environment);
            cases.AddRange(items.Select(context.Read).OfType<SmokeCase>());
        }
        else if (source.Errors.Count == 0)
        {
            source.Errors.Add(new PolicyError(new SourceLocation(path, 1, 1), "the suite is empty; expected 'cases:' with a list of requests"));
        }
        var errors = source.Errors.Select(e => e.ToString()).ToList();
        return errors.Count > 0
            ? (null, errors)
            : (new SmokeSuite(suiteName ?? Path.GetFileNameWithoutExtension(path), path, cases), errors);
    }

    private static void Unknown(YamlSource source, YamlMappingReader mapping, string hint)
    {
        foreach (var unknown in mapping.Origin.UnknownFields)
        {
            source.Errors.Add(new PolicyError(unknown.Location, $"unknown field '{unknown.Name}'; {hint}"));
        }
    }

    private sealed record CaseContext(YamlSource Source, string Suite, string Directory, Func<string, string?> Environment)
    {
        public SmokeCase? Read(YamlNode node)
        {
            if (Source.Mapping(node, "a smoke case", CaseKeys) is not { } mapping)
            {
                return null;
            }
            var errorsBefore = Source.Errors.Count;
            Unknown(Source, mapping, $"a case has {string.Join(", ", CaseKeys)}");
            var at = mapping.Origin.Location;
            var name = mapping.Scalar("name");
            if (string.IsNullOrWhiteSpace(name))
            {
                Error(at, "'name' is required");
            }
            var key = Key(mapping);
            var path = mapping.Scalar("path");
            if (path is null || !path.StartsWith('/'))
            {
                Error(mapping.Origin.At("path"), "'path' is required and starts with '/' (e.g. /openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21)");
            }
            var expect = mapping.Scalar("expect") switch
            {
                "allow" => SmokeExpectation.Allow,
                "deny" => SmokeExpectation.Deny,
                var other => Invalid(mapping.Origin.At("expect"), $"'expect' must be allow or deny, not '{other}'"),
            };
            var rule = mapping.Scalar("rule");
            if (rule is not null && expect == SmokeExpectation.Allow)
            {
                Error(mapping.Origin.At("rule"), "'rule' names the rule that denies; it belongs to 'expect: deny'");
            }
            IReadOnlyList<string>? shadow = mapping.Has("shadow") ? mapping.Values("shadow").Select(v => v.Text).ToList() : null;
            var (body, contentType) = Body(mapping);
            if (Source.Errors.Count > errorsBefore)
            {
                return null;
            }
            var method = (mapping.Scalar("method") ?? "POST").ToUpperInvariant();
            return new SmokeCase(Suite, name!, at.ToString(), key!, method, path!, contentType, body, expect!.Value, rule, shadow);
        }

        private string? Key(YamlMappingReader mapping)
        {
            var key = mapping.Scalar("key");
            var variable = mapping.Scalar("key_env");
            if ((key is null) == (variable is null))
            {
                Error(mapping.Origin.Location, "give the caller's gateway key as 'key' or name the environment variable holding it as 'key_env' (one of them)");
                return null;
            }
            if (variable is null)
            {
                return key;
            }
            var value = Environment(variable);
            if (string.IsNullOrEmpty(value))
            {
                Error(mapping.Origin.At("key_env"), $"environment variable '{variable}' (key_env) is not set");
            }
            return value;
        }

        private (ReadOnlyMemory<byte> Body, string? ContentType) Body(YamlMappingReader mapping)
        {
            var contentType = mapping.Scalar("content_type");
            if (mapping.Node("body") is { } inline)
            {
                if (mapping.Has("body_file"))
                {
                    Error(mapping.Origin.At("body_file"), "give 'body' or 'body_file', not both");
                }
                // A string is sent as written (pasted JSON, or text for a non-JSON content type); anything else as JSON.
                return inline is YamlScalarNode { Value: var text }
                    ? (Encoding.UTF8.GetBytes(text ?? ""), contentType ?? "application/json")
                    : (YamlJson.ToJson(inline), contentType ?? "application/json");
            }
            if (mapping.Scalar("body_file") is { } relative)
            {
                var file = System.IO.Path.GetFullPath(relative, Directory);
                if (!File.Exists(file))
                {
                    Error(mapping.Origin.At("body_file"), $"body_file '{relative}' not found (looked for {file})");
                    return (default, contentType);
                }
                return (File.ReadAllBytes(file), contentType ?? (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "application/json" : "application/octet-stream"));
            }
            return (default, contentType);
        }

        private SmokeExpectation? Invalid(SourceLocation at, string message)
        {
            Error(at, message);
            return null;
        }

        private void Error(SourceLocation at, string message) => Source.Errors.Add(new PolicyError(at, message));
    }
}
