using PolicyGateway.Callers;

namespace PolicyGateway.Decisions;

/// <summary>What the decision engine sees of a request: the resolved caller, the route and the raw body.</summary>
public sealed record DecisionRequest(
    Caller Caller,
    string Method,
    string Path,
    string? ContentType,
    ReadOnlyMemory<byte> Body);
