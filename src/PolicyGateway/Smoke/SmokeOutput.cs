namespace PolicyGateway.Smoke;

/// <summary>The text a person reads about a failed case, on the console and in the JUnit failure.</summary>
public static class SmokeOutput
{
    /// <summary>One line: where the case is, its name, what went wrong, the decision id and the gateway's reason.</summary>
    public static string FailureLine(SmokeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"FAIL: {result.Case.Origin}: {result.Case.Name}: {result.Problem}; decision {result.DecisionId ?? "none"}"
               + (result.Reason is null ? "" : $"; reason: {OneLine(result.Reason)}");
    }

    public static IEnumerable<string> Details(SmokeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        yield return $"{result.Case.Method} {result.Case.Path}";
        yield return result.Problem ?? "passed";
        yield return $"status: {(result.Status is { } status ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no answer")}";
        yield return $"decision: {result.DecisionId ?? "none"}";
        if (result.Reason is not null)
        {
            yield return $"reason: {result.Reason}";
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
