using PolicyGateway.Callers;
using PolicyGateway.Content;
using PolicyGateway.Decisions;
using PolicyGateway.Intent;
using PolicyGateway.Policy;
using PolicyGateway.Policy.Yaml;

namespace PolicyGateway.Core.Tests.Policy;

public sealed class ConditionLanguageTests
{
    private static PolicySet Compile(string yaml)
    {
        var errors = new List<PolicyError>();
        var set = PolicyLoader.TryParseRules([("test.yaml", yaml)], errors);
        Assert.True(set is not null, string.Join("\n", errors));
        return set;
    }

    /// <summary>One enforced deny rule with the given condition (YAML, indented for 'when:').</summary>
    private static PolicySet Rule(string when) => Compile($"""
        rules:
          - id: r
            title: t
            source: {"{"} document: d, quote: q {"}"}
            effect: deny
            mode: enforce
            message: m
            when:
        {when}
        """);

    private static bool Matches(PolicySet set, Caller caller, IntentResult? intents = null, ApiKind api = ApiKind.ChatCompletions, string? deployment = "gpt-4o") =>
        set.Evaluate(new PolicyInput(caller, api, deployment, intents ?? IntentResult.None)).Action == DecisionAction.Deny;

    [Fact]
    public void Equals_compares_country_exactly()
    {
        var set = Rule("      { field: caller.country, equals: US }");
        Assert.True(Matches(set, TestCallers.UsRetail));
        Assert.False(Matches(set, TestCallers.NlRetail));
    }

    [Fact]
    public void Not_equals_on_sector()
    {
        var set = Rule("      { field: caller.sector, not_equals: law_enforcement }");
        Assert.True(Matches(set, TestCallers.UsRetail));
        Assert.False(Matches(set, TestCallers.UsPolice));
    }

    [Fact]
    public void In_and_not_in_on_country()
    {
        var inSet = Rule("      { field: caller.country, in: [FR, NL] }");
        Assert.True(Matches(inSet, TestCallers.NlRetail));
        Assert.True(Matches(inSet, TestCallers.FrPolice));
        Assert.False(Matches(inSet, TestCallers.UsRetail));

        var notIn = Rule("      { field: caller.country, not_in: [FR, NL] }");
        Assert.False(Matches(notIn, TestCallers.NlRetail));
        Assert.True(Matches(notIn, TestCallers.UsRetail));
    }

    [Fact]
    public void Missing_subdivision_is_in_no_set_and_not_in_every_set()
    {
        Assert.True(Matches(Rule("      { field: caller.subdivision, equals: US-IL }"), TestCallers.UsPolice));
        Assert.False(Matches(Rule("      { field: caller.subdivision, equals: US-IL }"), TestCallers.UsRetail));
        Assert.True(Matches(Rule("      { field: caller.subdivision, not_in: [US-IL] }"), TestCallers.UsRetail));
    }

    [Fact]
    public void Api_and_deployment_fields()
    {
        var set = Rule("      { field: api, in: [image_edits, responses] }");
        Assert.True(Matches(set, TestCallers.UsRetail, api: ApiKind.Responses));
        Assert.False(Matches(set, TestCallers.UsRetail, api: ApiKind.ChatCompletions));

        var deployment = Rule("      { field: deployment, equals: face-matcher }");
        Assert.True(Matches(deployment, TestCallers.UsRetail, deployment: "face-matcher"));
        Assert.False(Matches(deployment, TestCallers.UsRetail, deployment: null));
    }

    [Theory]
    [InlineData("at_least", 0.5, 0.5, true)]
    [InlineData("at_least", 0.5, 0.49, false)]
    [InlineData("above", 0.5, 0.5, false)]
    [InlineData("above", 0.5, 0.51, true)]
    [InlineData("at_most", 0.2, 0.2, true)]
    [InlineData("at_most", 0.2, 0.21, false)]
    [InlineData("below", 0.2, 0.2, false)]
    [InlineData("below", 0.2, 0.19, true)]
    public void Thresholds_on_intent_confidence(string op, double threshold, double confidence, bool expected)
    {
        var set = Rule($"      {{ field: intent.realtime, {op}: {threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)} }}");
        Assert.Equal(expected, Matches(set, TestCallers.UsRetail, TestIntents.Of((IntentLabel.Realtime, confidence))));
    }

    [Fact]
    public void Acts_for_needs_one_entry_matching_every_key_given()
    {
        var both = Rule("      acts_for: { sector: law_enforcement, country: US }");
        Assert.True(Matches(both, TestCallers.UsVendorForUsPolice));
        Assert.False(Matches(both, TestCallers.NlVendorForFrPolice));
        Assert.False(Matches(both, TestCallers.UsPolice)); // being police is not acting for police

        var sectorOnly = Rule("      acts_for: { sector: law_enforcement }");
        Assert.True(Matches(sectorOnly, TestCallers.NlVendorForFrPolice));

        var countries = Rule("      acts_for: { country: [FR, DE] }");
        Assert.True(Matches(countries, TestCallers.NlVendorForFrPolice));
        Assert.False(Matches(countries, TestCallers.UsVendorForUsPolice));
    }

    [Fact]
    public void All_any_not_combine()
    {
        var set = Rule("""
                  all:
                    - any:
                        - { field: caller.country, equals: US }
                        - { field: caller.country, equals: FR }
                    - not: { field: caller.sector, equals: commercial }
            """);
        Assert.True(Matches(set, TestCallers.UsPolice));
        Assert.True(Matches(set, TestCallers.FrPolice));
        Assert.False(Matches(set, TestCallers.UsRetail));
        Assert.False(Matches(set, TestCallers.Make(Sector.LawEnforcement, "DE")));
    }

    [Fact]
    public void Enforced_deny_wins_over_matching_allow_and_every_match_is_listed()
    {
        var set = Compile("""
            rules:
              - { id: allow-police, title: t, source: { document: d, quote: q }, effect: allow, mode: enforce,
                  when: { field: caller.sector, equals: law_enforcement } }
              - { id: deny-us, title: t, source: { document: d, quote: q }, effect: deny, mode: enforce, message: no,
                  when: { field: caller.country, equals: US } }
              - { id: shadow-us, title: t, source: { document: d, quote: q }, effect: deny, mode: shadow, message: no,
                  when: { field: caller.country, equals: US } }
              - { id: never, title: t, source: { document: d, quote: q }, effect: deny, mode: enforce, message: no,
                  when: { field: caller.country, equals: JP } }
            """);
        var result = set.Evaluate(new PolicyInput(TestCallers.UsPolice, ApiKind.ChatCompletions, null, IntentResult.None));

        Assert.Equal(DecisionAction.Deny, result.Action);
        Assert.Equal(["allow-police", "deny-us", "shadow-us"], result.Matched.Select(m => m.RuleId));
        Assert.Equal(["deny-us"], result.Enforced.Select(m => m.RuleId));
        Assert.Equal(["shadow-us"], result.Shadow.Select(m => m.RuleId));
    }

    [Fact]
    public void Shadow_deny_and_allow_alone_leave_the_request_allowed()
    {
        var set = Compile("""
            rules:
              - { id: allow-all-us, title: t, source: { document: d, quote: q }, effect: allow, mode: enforce,
                  when: { field: caller.country, equals: US } }
              - { id: shadow-us, title: t, source: { document: d, quote: q }, effect: deny, mode: shadow, message: no,
                  when: { field: caller.country, equals: US } }
            """);
        var result = set.Evaluate(new PolicyInput(TestCallers.UsRetail, ApiKind.ChatCompletions, null, IntentResult.None));

        Assert.Equal(DecisionAction.Allow, result.Action);
        Assert.Empty(result.Enforced);
        Assert.Equal(["shadow-us"], result.Shadow.Select(m => m.RuleId));
        Assert.Equal(2, result.Matched.Count);
    }

    [Fact]
    public void No_match_allows_by_default()
    {
        var set = Rule("      { field: caller.country, equals: JP }");
        var result = set.Evaluate(new PolicyInput(TestCallers.UsRetail, ApiKind.ChatCompletions, null, IntentResult.None));
        Assert.Same(PolicyEvaluation.NoMatch, result);
    }

    [Fact]
    public void A_match_carries_the_rule_source_and_message()
    {
        var set = Compile("""
            rules:
              - id: cited
                title: Cited rule
                source: { document: Code of Conduct, quote: "must not be used", link: "https://example.org/coc" }
                effect: deny
                mode: enforce
                message: Blocked because
                when: { field: caller.country, equals: US }
            """);
        var match = Assert.Single(set.Evaluate(new PolicyInput(TestCallers.UsRetail, ApiKind.ChatCompletions, null, IntentResult.None)).Enforced);
        Assert.Equal(new RuleMatch("cited", "Cited rule", "deny", "enforce", "Blocked because", "Code of Conduct", "must not be used", "https://example.org/coc"), match);
    }
}
