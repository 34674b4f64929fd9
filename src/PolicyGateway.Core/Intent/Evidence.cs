namespace PolicyGateway.Intent;

/// <summary>Why a label scored: which signal fired, where, and a short redacted excerpt.</summary>
public sealed record Evidence(string Signal, string Location, string Excerpt);
