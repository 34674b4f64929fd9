using System.Globalization;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Admin;

/// <summary>Reads the list filters from the query string: action, caller, rule, sector, country, api, from, to, q, cursor, limit.</summary>
public static class AdminQuery
{
    /// <returns>The query, or null with <paramref name="error"/> naming the bad parameter.</returns>
    public static DecisionQuery? Parse(IQueryCollection query, out string? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        error = null;
        string? Get(string name) => query[name].ToString() is { Length: > 0 } v ? v : null;
        var from = Time(Get("from"), "from", ref error);
        var to = Time(Get("to"), "to", ref error);
        var limit = 100;
        if (Get("limit") is { } l && (!int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > DecisionQuery.MaxLimit))
        {
            error = $"limit must be a whole number from 1 to {DecisionQuery.MaxLimit}";
        }
        if (Get("action") is { } a && a is not ("allow" or "deny" or "shadow"))
        {
            error = "action must be allow, deny or shadow";
        }
        return error is null
            ? new DecisionQuery(Get("action"), Get("caller"), Get("rule"), Get("sector"), Get("country"), Get("api"), from, to, Get("q"), Get("cursor"), limit)
            : null;
    }

    /// <summary>An ISO 8601 time; without an offset it is UTC.</summary>
    internal static DateTimeOffset? Time(string? value, string name, ref string? error)
    {
        if (value is null) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)) return time;
        error = $"{name} must be an ISO 8601 time such as 2026-11-02T08:00:00Z";
        return null;
    }
}
