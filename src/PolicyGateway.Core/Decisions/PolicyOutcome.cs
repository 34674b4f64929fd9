using PolicyGateway.Intent;
using PolicyGateway.Policy;

namespace PolicyGateway.Decisions;

/// <summary>What classification and evaluation found, before it becomes a <see cref="Decision"/>.</summary>
/// <param name="Location">For a batch, which nested request decided (e.g. <c>file:batch.jsonl#line 7</c>).</param>
internal sealed record PolicyOutcome(PolicyEvaluation Evaluation, IntentResult Intents, string? Location);
