namespace PolicyGateway.Callers;

/// <summary>The caller resolved from the presented credential, stored on the request's features.</summary>
public sealed record CallerFeature(Caller Caller);
