using PolicyGateway.Decisions;
using PolicyGateway.Intent.Semantic;
using PolicyGateway.Policy;

namespace PolicyGateway.Cli;

internal static class CliEngine
{
    /// <summary>
    /// The engine the server runs, with the real classifier, over a fixed snapshot. The budget is generous because
    /// these commands check what is decided, not how fast: a cold JIT must not turn a test into gateway-fail-closed.
    /// </summary>
    public static DecisionEngine Create(PolicySnapshot snapshot) =>
        new(() => snapshot, SemanticIntentClassifier.CreateDefault(), new DecisionEngineOptions { Budget = TimeSpan.FromSeconds(10) });
}
