namespace PolicyGateway.Callers;

/// <summary>
/// A registered caller. Identity comes only from the credential it presents, never from the request.
/// </summary>
public sealed record Caller(
    string Id,
    string Name,
    string Organization,
    Sector Sector,
    string Country,
    string? Subdivision,
    IReadOnlyList<ActsFor> ActsFor,
    IReadOnlyList<string> KeySha256);
