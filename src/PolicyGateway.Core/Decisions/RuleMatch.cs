namespace PolicyGateway.Decisions;

/// <summary>A rule whose conditions matched a request, with what is needed to explain and cite it.</summary>
/// <param name="Effect"><c>deny</c> or <c>allow</c>.</param>
/// <param name="Mode"><c>enforce</c> or <c>shadow</c>.</param>
public sealed record RuleMatch(
    string RuleId,
    string Title,
    string Effect,
    string Mode,
    string Message,
    string SourceDocument,
    string SourceQuote,
    string? SourceLink);
