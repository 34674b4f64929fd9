using PolicyGateway.Decisions;
using PolicyGateway.Errors;

namespace PolicyGateway.Blocking;

/// <summary>
/// The 403 a denied caller sees. 403 is retried by no SDK; the OpenAI envelope makes Azure.AI.OpenAI throw
/// <c>ClientResultException</c> "HTTP 403 (policy_violation: rule-id)" and openai-node throw <c>PermissionDeniedError</c>.
/// </summary>
public static class PolicyBlockResponse
{
    public const string ErrorType = "policy_violation";
    private const int MaxQuoteLength = 160;

    public static Task WriteAsync(HttpContext context, Decision decision)
    {
        var rule = decision.Enforced.FirstOrDefault();
        return OpenAIError.WriteAsync(context, StatusCodes.Status403Forbidden, ErrorType, rule?.RuleId ?? "policy_denied", Message(decision));
    }

    public static string Message(Decision decision)
    {
        if (decision.Enforced.FirstOrDefault() is not { } rule)
        {
            return $"Request blocked by PolicyGateway: {decision.Failure ?? "no compliance decision could be made"}. Decision id: {decision.Id}.";
        }
        return $"{rule.Message} Rule: {rule.RuleId}. Source: {rule.SourceDocument}: \"{Shorten(rule.SourceQuote)}\". Decision id: {decision.Id}.";
    }

    private static string Shorten(string quote) =>
        quote.Length <= MaxQuoteLength ? quote : string.Concat(quote.AsSpan(0, MaxQuoteLength - 1).TrimEnd(), "…");
}
