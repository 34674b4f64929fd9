using PolicyGateway.Decisions;

namespace PolicyGateway.Recording;

/// <summary>
/// Writes a decision as one structured log event: rule ids, intents, evidence locations, policy version. Routine
/// HTTP allows are not passed here: their request log event carries the decision id and policy version.
/// </summary>
public sealed partial class LogDecisionRecorder(ILogger<LogDecisionRecorder> logger) : IDecisionRecorder
{
    public void Record(Decision decision)
    {
        var intents = decision.Intents.Scores
            .Where(s => s.Confidence > 0)
            .ToDictionary(s => s.Label.ToString(), s => Math.Round(s.Confidence, 3));
        var evidence = decision.Intents.Scores
            .SelectMany(s => s.Evidence.Select(e => $"{s.Label}:{e.Signal}@{e.Location}"))
            .ToArray();
        var level = decision.Action == DecisionAction.Deny || decision.Shadow.Count > 0 ? LogLevel.Warning : LogLevel.Information;
        LogDecision(level, decision.Id, decision.Action, decision.CallerId, decision.Api.ToString(), decision.Path,
            decision.Enforced.Select(r => r.RuleId).ToArray(), decision.Shadow.Select(r => r.RuleId).ToArray(),
            intents, evidence, decision.PolicyVersion, decision.ModelVersion, decision.Elapsed.TotalMilliseconds, decision.Failure);
    }

    [LoggerMessage(EventId = 200, Message = "Decision {DecisionId} {Action} caller={CallerId} api={Api} path={Path} rules={Rules} shadow={Shadow} " +
                             "intents={Intents} evidence={Evidence} policy={PolicyVersion} model={ModelVersion} in {ElapsedMs:0.000} ms failure={Failure}")]
    private partial void LogDecision(LogLevel level, string decisionId, DecisionAction action, string callerId, string api, string path,
        string[] rules, string[] shadow, Dictionary<string, double> intents, string[] evidence, string policyVersion, string modelVersion, double elapsedMs, string? failure);
}
