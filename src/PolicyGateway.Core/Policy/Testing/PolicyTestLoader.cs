using System.Text;
using PolicyGateway.Policy.Configuration;
using PolicyGateway.Policy.Yaml;
using YamlDotNet.RepresentationModel;

namespace PolicyGateway.Policy.Testing;

/// <summary>
/// Reads policy test files (<c>policies/tests/*.yaml</c>): <c>tests:</c>, a list of cases with name, caller,
/// request (method, path, content_type, and one of body / body_text / body_base64) and expect (action, rules, shadow).
/// </summary>
public static class PolicyTestLoader
{
    public const string TestsDirectoryName = "tests";

    private static readonly string[] FileKeys = ["tests"];
    private static readonly string[] CaseKeys = ["name", "caller", "request", "expect"];
    private static readonly string[] RequestKeys = ["method", "path", "content_type", "body", "body_text", "body_base64"];
    private static readonly string[] BodyKeys = ["body", "body_text", "body_base64"];
    private static readonly string[] ExpectKeys = ["action", "rules", "shadow"];

    /// <summary>Loads every <c>*.yaml</c> test file of <paramref name="directory"/>, checking callers and rule ids against <paramref name="snapshot"/>.</summary>
    public static PolicyTestSuite LoadDirectory(string directory, PolicySnapshot snapshot)
    {
        if (!Directory.Exists(directory))
        {
            return new PolicyTestSuite([], [new PolicyError(new SourceLocation(directory, 1, 1), "test directory not found")]);
        }
        var files = Directory.EnumerateFiles(directory)
            .Where(PolicyLoader.IsPolicyFile)
            .Order(StringComparer.Ordinal)
            .Select(path => (DisplayPath(path), File.ReadAllText(path)));
        return Parse(files, snapshot);
    }

    public static PolicyTestSuite Parse(IEnumerable<(string File, string Yaml)> files, PolicySnapshot snapshot)
    {
        var validator = new PolicyTestCaseConfigValidator(snapshot);
        var cases = new List<PolicyTestCase>();
        var errors = new List<PolicyError>();
        foreach (var (file, yaml) in files)
        {
            var source = new YamlSource(file);
            var configs = Read(source, yaml);
            errors.AddRange(source.Errors);
            if (configs is null)
            {
                continue;
            }
            foreach (var config in configs)
            {
                var result = validator.Validate(config);
                if (result.IsValid)
                {
                    cases.Add(ToCase(config));
                }
                errors.AddRange(result.ToPolicyErrors(config.Yaml.Location));
            }
            if (configs.Count == 0)
            {
                errors.Add(new PolicyError(new SourceLocation(file, 1, 1), "the file defines no tests; expected 'tests:' with a list of cases"));
            }
        }
        return new PolicyTestSuite(cases, errors);
    }

    /// <summary>The cases as written, or null when the file is not YAML (the parse error is already recorded).</summary>
    private static List<PolicyTestCaseConfig>? Read(YamlSource source, string yaml)
    {
        var root = source.Load(yaml);
        if (source.Errors.Count > 0)
        {
            return null;
        }
        if (root is null || source.Mapping(root, "a policy test file", FileKeys) is not { } file)
        {
            return [];
        }
        foreach (var unknown in file.Origin.UnknownFields)
        {
            source.Errors.Add(new PolicyError(unknown.Location, $"unknown field '{unknown.Name}'; a test file has only 'tests:'"));
        }
        return file.Sequence("tests").Select(n => ReadCase(source, n)).OfType<PolicyTestCaseConfig>().ToList();
    }

    private static PolicyTestCaseConfig? ReadCase(YamlSource source, YamlNode node)
    {
        if (source.Mapping(node, "a test case", CaseKeys) is not { } test)
        {
            return null;
        }
        var request = test.Node("request") is { } r ? source.Mapping(r, "'request'", RequestKeys) : null;
        var expect = test.Node("expect") is { } e ? source.Mapping(e, "'expect'", ExpectKeys) : null;
        var bodyFields = request is null ? [] : BodyKeys.Where(request.Has).ToList();
        var base64 = request?.Scalar("body_base64");
        byte[]? body = bodyFields.FirstOrDefault() switch
        {
            "body" => YamlJson.ToJson(request!.Node("body")!),
            "body_text" => request!.Scalar("body_text") is { } text ? Encoding.UTF8.GetBytes(text) : null,
            _ => null,
        };
        return new PolicyTestCaseConfig(
            test.Scalar("name"), test.Scalar("caller"),
            request?.Scalar("method"), request?.Scalar("path"), request?.Scalar("content_type"),
            bodyFields, body, base64,
            expect?.Scalar("action"), expect?.Values("rules") ?? [], expect?.Has("shadow") == true ? expect.Values("shadow") : null,
            test.Origin, request?.Origin, expect?.Origin);
    }

    private static PolicyTestCase ToCase(PolicyTestCaseConfig config)
    {
        var body = config.Body ?? (config.BodyBase64 is { } b64 ? Convert.FromBase64String(b64) : []);
        var contentType = config.ContentType ?? (config.BodyFields.Contains("body") ? "application/json" : null);
        var action = config.Action switch
        {
            "deny" => ExpectedAction.Deny,
            "reject" => ExpectedAction.Reject,
            _ => ExpectedAction.Allow,
        };
        return new PolicyTestCase(
            config.Name!, config.Caller!, config.Method ?? "POST", config.Path!, contentType, body, action,
            config.Rules.Select(r => r.Text).ToList(), config.Shadow?.Select(r => r.Text).ToList(), config.Yaml.Location);
    }

    private static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
