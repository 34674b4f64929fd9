using PolicyGateway.Callers;
using PolicyGateway.Content;
using PolicyGateway.Intent;

namespace PolicyGateway.Policy;

/// <summary>Everything a rule may look at: who is calling, which API, and what the request is for.</summary>
public readonly record struct PolicyInput(Caller Caller, ApiKind Api, string? Deployment, IntentResult Intents);
