namespace PolicyGateway.Recording.Store;

/// <summary>Filters for listing decisions; every one is optional. Results are newest first.</summary>
/// <param name="Action"><c>allow</c>, <c>deny</c> or <c>shadow</c> (would deny).</param>
/// <param name="Text">Free text searched in evidence (signal, location, excerpt), case-insensitively.</param>
/// <param name="Before">Cursor: only decisions whose id sorts before this one (the previous page's last id).</param>
public sealed record DecisionQuery(
    string? Action = null,
    string? Caller = null,
    string? Rule = null,
    string? Sector = null,
    string? Country = null,
    string? Api = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Text = null,
    string? Before = null,
    int Limit = 100)
{
    public const int MaxLimit = 1000;
}
