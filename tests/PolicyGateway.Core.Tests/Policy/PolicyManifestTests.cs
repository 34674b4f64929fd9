using Microsoft.Extensions.Logging;
using PolicyGateway.Policy;

namespace PolicyGateway.Core.Tests.Policy;

/// <summary>
/// The pack manifest pins a floor for each required rule: a reload that keeps the rule but weakens it is rejected and
/// logged, and the last good set stays; tightening it is accepted.
/// </summary>
public sealed class PolicyManifestTests
{
    private const string UsPolice = "us-police-facial-recognition";
    private const string Realtime = "law-enforcement-realtime-mobile-facial-recognition";
    private const string FaceAtHalf = "- { field: intent.facial_recognition, at_least: 0.5 }";
    private const string ActsForUs = "- acts_for: { sector: law_enforcement, country: US }\n";
    private const string LawEnforcementCaller = "- { field: caller.sector, equals: law_enforcement }\n";

    /// <summary>Each way of keeping a required rule while making it deny less, as an edit of law-enforcement.yaml.</summary>
    public static TheoryData<string, string, Func<string, string>> Weakenings { get; } = new()
    {
        { "raised confidence threshold", UsPolice, yaml => ReplaceFirst(yaml, FaceAtHalf, "- { field: intent.facial_recognition, at_least: 0.6 }") },
        { "at_least turned into above at the same threshold", UsPolice, yaml => ReplaceFirst(yaml, FaceAtHalf, "- { field: intent.facial_recognition, above: 0.5 }") },
        { "enforce to shadow", UsPolice, yaml => ReplaceFirst(yaml, "mode: enforce", "mode: shadow") },
        { "deny to allow", Realtime, yaml => ReplaceLast(yaml, "effect: deny", "effect: allow") },
        { "caller condition narrowed: acts-for branch dropped", UsPolice, yaml => ReplaceFirst(yaml, ActsForUs, "") },
        { "caller condition narrowed: US police only in Illinois", UsPolice, yaml => ReplaceFirst(yaml,
            "- { field: caller.country, equals: US }", "- { field: caller.subdivision, in: [US-IL] }") },
        { "caller condition narrowed: acts-for limited to one country", Realtime, yaml => ReplaceLast(yaml,
            "- acts_for: { sector: law_enforcement }", "- acts_for: { sector: law_enforcement, country: US }") },
        { "caller alternative removed: law-enforcement callers no longer count", Realtime, yaml => ReplaceLast(yaml, LawEnforcementCaller, "") },
        { "intent alternative removed: watchlist match no longer places it in the wild", Realtime, yaml => ReplaceLast(yaml,
            "            - { field: intent.in_the_wild, at_least: 0.5 }\n            - { field: intent.watchlist_match, at_least: 0.5 }\n",
            "            - { field: intent.in_the_wild, at_least: 0.5 }\n") },
        { "intent required in addition", UsPolice, yaml => ReplaceFirst(yaml, FaceAtHalf,
            FaceAtHalf + "\n        - { field: intent.watchlist_match, at_least: 0.5 }") },
        { "exception carved out for one caller", UsPolice, yaml => ReplaceFirst(yaml, "    when:\n      all:\n",
            "    when:\n      all:\n        - not: { field: caller.id, equals: demo-us-police }\n") },
    };

    [Theory]
    [MemberData(nameof(Weakenings))]
    public void Weakening_a_required_rule_is_rejected_logged_and_the_last_good_set_stays(string weakening, string rule, Func<string, string> edit)
    {
        using var dir = new TempPolicyDirectory(withShippedRules: true);
        var logger = new CapturingLogger<PolicyStore>();
        using var store = PolicyStore.Open(dir.Path, new PolicyStoreOptions { Watch = false }, logger);
        var good = store.Current;
        var original = File.ReadAllText(Path.Combine(dir.Path, "law-enforcement.yaml"));
        var weakened = edit(original);
        Assert.NotEqual(original, weakened);

        dir.Write("law-enforcement.yaml", weakened);
        var outcome = store.Reload();

        Assert.False(outcome.Succeeded, weakening);
        Assert.Contains(outcome.Errors, e => e.Message.Contains(rule, StringComparison.Ordinal));
        Assert.Same(good, store.Current);
        Assert.Contains(logger.Entries, e => e.Id.Id == 3 && e.Level == LogLevel.Error && e.Message.Contains(rule, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Weakenings))]
    public void A_pack_with_a_weakened_required_rule_does_not_load(string weakening, string rule, Func<string, string> edit)
    {
        using var dir = new TempPolicyDirectory(withShippedRules: true);
        dir.Write("law-enforcement.yaml", edit(File.ReadAllText(Path.Combine(dir.Path, "law-enforcement.yaml"))));

        var error = Assert.Throws<PolicyLoadException>(() => PolicyLoader.Load(dir.Path));

        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(weakening));
    }

    /// <summary>Edits that make a required rule deny more: the floor still holds, so no manifest edit is needed.</summary>
    public static TheoryData<string, Func<string, string>> Tightenings { get; } = new()
    {
        { "lowered threshold", yaml => ReplaceFirst(yaml, FaceAtHalf, "- { field: intent.facial_recognition, at_least: 0.4 }") },
        { "alternative added", yaml => ReplaceFirst(yaml, ActsForUs, ActsForUs + "            - acts_for: { sector: government, country: US }\n") },
        { "requirement dropped", yaml => ReplaceLast(yaml, "        - { field: intent.mobile_camera, at_least: 0.5 }\n", "") },
        { "one country widened to a list", yaml => ReplaceFirst(yaml, "- { field: caller.country, equals: US }", "- { field: caller.country, in: [US, CA] }") },
    };

    [Theory]
    [MemberData(nameof(Tightenings))]
    public void Tightening_a_required_rule_is_accepted(string tightening, Func<string, string> edit)
    {
        using var dir = new TempPolicyDirectory(withShippedRules: true);
        using var store = PolicyStore.Open(dir.Path, new PolicyStoreOptions { Watch = false });
        var original = File.ReadAllText(Path.Combine(dir.Path, "law-enforcement.yaml"));

        dir.Write("law-enforcement.yaml", edit(original));
        var outcome = store.Reload();

        Assert.True(outcome.Succeeded, tightening + ": " + string.Join("; ", outcome.Errors));
        Assert.True(outcome.Changed);
    }

    [Fact]
    public void Lowering_the_floor_and_weakening_the_rule_in_one_reload_is_rejected()
    {
        using var dir = new TempPolicyDirectory(withShippedRules: true);
        using var store = PolicyStore.Open(dir.Path, new PolicyStoreOptions { Watch = false });
        var good = store.Current;

        dir.Write(PolicyManifest.FileName, RaiseFirstThreshold(File.ReadAllText(Path.Combine(dir.Path, PolicyManifest.FileName))));
        dir.Write("law-enforcement.yaml", RaiseFirstThreshold(File.ReadAllText(Path.Combine(dir.Path, "law-enforcement.yaml"))));
        var outcome = store.Reload();

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Errors, e => e.Message.Contains("weaker", StringComparison.Ordinal));
        Assert.Same(good, store.Current);
    }

    [Fact]
    public void A_floor_lowered_while_running_does_not_let_a_later_reload_weaken_the_rule()
    {
        using var dir = new TempPolicyDirectory(withShippedRules: true);
        using var store = PolicyStore.Open(dir.Path, new PolicyStoreOptions { Watch = false });

        // Step one alone is harmless (the rule still covers both floors) and is accepted...
        dir.Write(PolicyManifest.FileName, RaiseFirstThreshold(File.ReadAllText(Path.Combine(dir.Path, PolicyManifest.FileName))));
        Assert.True(store.Reload().Succeeded);
        var afterStepOne = store.Current;

        // ...but the floor the gateway started with still binds step two.
        dir.Write("law-enforcement.yaml", RaiseFirstThreshold(File.ReadAllText(Path.Combine(dir.Path, "law-enforcement.yaml"))));
        var outcome = store.Reload();

        Assert.False(outcome.Succeeded);
        Assert.Same(afterStepOne, store.Current);
    }

    [Fact]
    public void A_required_rule_without_a_floor_is_a_manifest_error()
    {
        using var dir = new TempPolicyDirectory(withShippedRules: true);
        dir.Write(PolicyManifest.FileName, """
            required:
              - id: us-police-facial-recognition
                mode: enforce
                effect: deny
            """);

        var error = Assert.Throws<PolicyLoadException>(() => PolicyLoader.Load(dir.Path));

        Assert.Contains("needs a 'when:' floor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_floors_are_the_shipped_rules()
    {
        var snapshot = PolicyLoader.Load(RepositoryPaths.Policies);

        Assert.Equal(2, snapshot.Required.Count);
        foreach (var required in snapshot.Required)
        {
            Assert.Equal(required.FloorText, PolicyGateway.Policy.Conditions.ConditionText.Of(snapshot.Policies.Find(required.Id)!.When));
        }
    }

    private static string RaiseFirstThreshold(string yaml) =>
        ReplaceFirst(yaml, FaceAtHalf, "- { field: intent.facial_recognition, at_least: 0.9 }");

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' not found");
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }

    private static string ReplaceLast(string text, string from, string to)
    {
        var at = text.LastIndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' not found");
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }
}
