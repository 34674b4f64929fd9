using PolicyGateway.Content;
using PolicyGateway.Intent;

namespace PolicyGateway.Decisions;

/// <summary>A policy decision as data: who, what, which rules, why, under which policy version.</summary>
/// <param name="Enforced">Enforced rules that denied the request.</param>
/// <param name="Shadow">Shadow rules that would have denied it.</param>
/// <param name="Matched">Every rule whose conditions matched, whatever its effect or mode.</param>
/// <param name="ModelVersion">The intent classifier's version (<see cref="IIntentClassifier.Version"/>): which trained model judged.</param>
/// <param name="Failure">Why no regular decision could be made (classification error, time budget), if so.</param>
/// <param name="Location">For a batch file, the nested request that decided, e.g. <c>file:batch.jsonl#line 7 custom_id=a</c>.</param>
public sealed record Decision(
    string Id,
    DateTimeOffset Timestamp,
    string CallerId,
    ApiKind Api,
    string Method,
    string Path,
    DecisionAction Action,
    IReadOnlyList<RuleMatch> Enforced,
    IReadOnlyList<RuleMatch> Shadow,
    IReadOnlyList<RuleMatch> Matched,
    IntentResult Intents,
    string PolicyVersion,
    string ModelVersion,
    TimeSpan Elapsed,
    string? Failure = null,
    string? Location = null);
