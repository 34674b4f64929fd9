using PolicyGateway.Callers;
using PolicyGateway.Policy;
using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Core.Tests.Policy;

/// <summary>Each broken fixture must be refused with the file, the line a person has to fix, and what to do.</summary>
public sealed class PolicyValidationTests
{
    private static IReadOnlyList<PolicyError> ErrorsOf(string fixture)
    {
        using var dir = new TempPolicyDirectory();
        dir.CopyFixture(fixture);
        var result = PolicyLoader.TryLoad(dir.Path);
        Assert.False(result.Succeeded);
        return result.Errors;
    }

    private static PolicyError Single(string fixture) => Assert.Single(ErrorsOf(fixture));

    [Fact]
    public void Unknown_field_is_an_error_at_its_line_with_a_suggestion()
    {
        var errors = ErrorsOf("unknown-field.yaml");
        var unknown = Assert.Single(errors, e => e.Message.Contains("unknown field 'whne'"));
        Assert.EndsWith("unknown-field.yaml", unknown.Location.File);
        Assert.Equal(8, unknown.Location.Line);
        Assert.Contains("did you mean 'when'", unknown.Message);
        // Without 'when' the rule would match everything, so that is reported too.
        Assert.Contains(errors, e => e.Message.Contains("'when' is required"));
    }

    [Fact]
    public void Unknown_label_names_the_known_fields()
    {
        var error = Single("unknown-label.yaml");
        Assert.Equal(11, error.Location.Line);
        Assert.Contains("unknown field 'intent.gait_recognition'", error.Message);
        Assert.Contains("intent.facial_recognition", error.Message);
    }

    [Fact]
    public void Bad_country_points_at_the_value()
    {
        var error = Single("bad-country.yaml");
        Assert.Equal(10, error.Location.Line);
        Assert.Contains("'USA' is not an ISO 3166-1 alpha-2 country code", error.Message);
    }

    [Fact]
    public void Duplicate_id_points_at_the_second_and_names_the_first()
    {
        var error = Single("duplicate-id.yaml");
        Assert.Equal(9, error.Location.Line);
        Assert.Contains("duplicate rule id 'same-id'", error.Message);
        Assert.Contains("duplicate-id.yaml:2", error.Message);
    }

    [Fact]
    public void Duplicate_id_across_files_is_caught()
    {
        using var dir = new TempPolicyDirectory(withShippedRules: true);
        dir.Write("extra.yaml", File.ReadAllText(Path.Combine(RepositoryPaths.Policies, "identification.yaml")));
        var result = PolicyLoader.TryLoad(dir.Path);
        Assert.Contains(result.Errors, e => e.Message.Contains("duplicate rule id 'facial-identification-any-caller'"));
    }

    [Fact]
    public void Empty_condition_is_refused()
    {
        var error = Single("empty-when.yaml");
        Assert.Equal(9, error.Location.Line);
        Assert.Contains("'all' needs at least one condition", error.Message);
    }

    [Fact]
    public void Empty_mapping_as_condition_is_refused()
    {
        using var dir = new TempPolicyDirectory();
        dir.Write("r.yaml", """
            rules:
              - { id: r, title: t, source: { document: d, quote: q }, effect: deny, mode: enforce, message: m, when: {} }
            """);
        var error = Assert.Single(PolicyLoader.TryLoad(dir.Path).Errors);
        Assert.Contains("empty condition", error.Message);
    }

    [Fact]
    public void Missing_source_is_refused_at_the_rule()
    {
        var error = Single("missing-source.yaml");
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("source is required", error.Message);
    }

    [Theory]
    [InlineData("{ field: intent.realtime, equals: high }", "'equals' does not apply to intent.realtime")]
    [InlineData("{ field: caller.country, at_least: 0.5 }", "'at_least' does not apply to caller.country")]
    [InlineData("{ field: intent.realtime, at_least: 1.5 }", "must be a number from 0 to 1")]
    [InlineData("{ field: caller.sector, equals: police }", "unknown sector 'police'")]
    [InlineData("{ field: api, equals: chat }", "unknown api 'chat'")]
    [InlineData("{ field: caller.country, in: US }", "'in' takes a list")]
    [InlineData("{ field: caller.country }", "needs one operator")]
    [InlineData("{ field: caller.country, equals: US, in: [FR] }", "has 2 operators")]
    [InlineData("{ field: caller.country, equals: US, any: [] }", "exactly one of")]
    [InlineData("{ acts_for: {} }", "acts_for needs 'sector', 'country' or both")]
    [InlineData("{ field: caller.subdivision, equals: Illinois }", "not an ISO 3166-2 subdivision code")]
    public void Condition_mistakes_are_explained(string condition, string expected)
    {
        var errors = new List<PolicyError>();
        var set = PolicyLoader.TryParseRules([("r.yaml", $"""
            rules:
              - id: r
                title: t
                source: {"{"} document: d, quote: q {"}"}
                effect: deny
                mode: enforce
                message: m
                when: {condition}
            """)], errors);
        Assert.Null(set);
        var error = Assert.Single(errors);
        Assert.Contains(expected, error.Message);
        Assert.Equal(8, error.Location.Line);
    }

    [Fact]
    public void Rule_level_mistakes_are_all_reported_together()
    {
        var errors = new List<PolicyError>();
        PolicyLoader.TryParseRules([("r.yaml", """
            rules:
              - id: Bad_Id
                title: t
                source: { document: d, quote: q, link: not-a-url }
                effect: block
                mode: dry-run
                when: { field: caller.country, equals: US }
            """)], errors);
        Assert.Contains(errors, e => e.Location.Line == 2 && e.Message.Contains("lower-case words"));
        Assert.Contains(errors, e => e.Location.Line == 4 && e.Message.Contains("not an absolute http(s) URL"));
        Assert.Contains(errors, e => e.Location.Line == 5 && e.Message.Contains("effect must be 'deny' or 'allow', not 'block'"));
        Assert.Contains(errors, e => e.Location.Line == 6 && e.Message.Contains("mode must be 'enforce' or 'shadow'"));
    }

    [Fact]
    public void Invalid_yaml_reports_the_line()
    {
        var errors = new List<PolicyError>();
        PolicyLoader.TryParseRules([("r.yaml", "rules:\n  - id: a\n    title: [unclosed\n    mode: x\n")], errors);
        var error = Assert.Single(errors);
        Assert.StartsWith("invalid YAML", error.Message);
        Assert.InRange(error.Location.Line, 3, 5);
    }

    [Fact]
    public void Caller_registry_errors_name_file_and_line()
    {
        var path = RepositoryPaths.Fixture("bad-callers.yaml");
        var errors = new List<PolicyError>();

        Assert.Null(CallerRegistryLoader.TryParse(File.ReadAllText(path), path, errors));
        Assert.All(errors, e => Assert.EndsWith("bad-callers.yaml", e.Location.File));
        Assert.Contains(errors, e => e.Location.Line == 9 && e.Message.Contains("unknown sector 'polise'"));
        Assert.Contains(errors, e => e.Location.Line == 10 && e.Message.Contains("'usa' is not an ISO 3166-1 alpha-2 country code"));
        Assert.Contains(errors, e => e.Location.Line == 12 && e.Message.Contains("'XX' is not an ISO 3166-1 alpha-2 country code"));
        Assert.Contains(errors, e => e.Location.Line == 13 && e.Message.Contains("same key_sha256 is listed for several callers"));
        Assert.Contains(errors, e => e.Location.Line == 14 && e.Message.Contains("unknown field 'keys'"));
    }

    [Fact]
    public void Invalid_directory_stops_start_up_with_every_error()
    {
        using var dir = new TempPolicyDirectory();
        dir.CopyFixture("bad-country.yaml");
        dir.CopyFixture("missing-source.yaml");
        var ex = Assert.Throws<PolicyLoadException>(() => PolicyLoader.Load(dir.Path));
        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains("bad-country.yaml:10:", ex.Message);
        Assert.Contains("missing-source.yaml:2:", ex.Message);
    }

    [Fact]
    public void Shipped_pack_is_valid()
    {
        var snapshot = RepositoryPaths.LoadPack();
        Assert.Equal(
            ["facial-identification-any-caller", "law-enforcement-realtime-mobile-facial-recognition", "unregistered-caller-police-context-facial-recognition", "us-police-facial-recognition"],
            snapshot.Policies.Rules.Select(r => r.Id).Order());
        Assert.Matches("^[0-9a-f]{12}$", snapshot.Version);
        Assert.NotNull(snapshot.Callers.FindById("demo-us-police"));
    }
}
