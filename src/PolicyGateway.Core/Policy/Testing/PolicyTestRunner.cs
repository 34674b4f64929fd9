using PolicyGateway.Content;
using PolicyGateway.Decisions;

namespace PolicyGateway.Policy.Testing;

/// <summary>Runs policy tests through a real decision engine: content reading, classification and evaluation all take part.</summary>
public static class PolicyTestRunner
{
    public static PolicyTestResult Run(PolicyTestCase test, IDecisionEngine engine, PolicySnapshot snapshot)
    {
        var caller = snapshot.Callers.FindById(test.CallerId)
            ?? throw new InvalidOperationException($"caller '{test.CallerId}' is not registered; the loader should have refused this test");
        Decision decision;
        try
        {
            decision = engine.Decide(new DecisionRequest(caller, test.Method, test.Path, test.ContentType, test.Body));
        }
        catch (ContentParseException ex)
        {
            var differences = test.Action == ExpectedAction.Reject
                ? []
                : new List<string> { $"expected {Name(test.Action)}, but the content reader rejected the body (400): {ex.Message}" };
            return new PolicyTestResult(test, null, ex.Message, differences);
        }
        return new PolicyTestResult(test, decision, null, Compare(test, decision));
    }

    private static List<string> Compare(PolicyTestCase test, Decision decision)
    {
        var differences = new List<string>();
        var action = decision.Action == DecisionAction.Deny ? ExpectedAction.Deny : ExpectedAction.Allow;
        if (action != test.Action)
        {
            differences.Add($"expected action {Name(test.Action)}, got {Name(action)}");
        }
        var rules = decision.Enforced.Select(m => m.RuleId).ToList();
        if (!SameSet(test.Rules, rules))
        {
            differences.Add($"expected rules {List(test.Rules)}, got {List(rules)}");
        }
        var shadow = decision.Shadow.Select(m => m.RuleId).ToList();
        if (test.Shadow is not null && !SameSet(test.Shadow, shadow))
        {
            differences.Add($"expected shadow {List(test.Shadow)}, got {List(shadow)}");
        }
        if (decision.Failure is not null)
        {
            differences.Add($"no regular decision: {decision.Failure}");
        }
        return differences;
    }

    private static bool SameSet(IReadOnlyList<string> expected, IReadOnlyList<string> actual) =>
        expected.Order(StringComparer.Ordinal).SequenceEqual(actual.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static string List(IEnumerable<string> ids) => "[" + string.Join(", ", ids) + "]";

    internal static string Name(ExpectedAction action) => SnakeCaseNames<ExpectedAction>.Name(action);
}
