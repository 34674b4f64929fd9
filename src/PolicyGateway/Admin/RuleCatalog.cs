using PolicyGateway.Policy;

namespace PolicyGateway.Admin;

/// <summary>
/// <c>GET /admin/api/rules</c>: the live pack's rules with their quoted sources, so the dashboard can cite the terms a
/// decision applied. Records keep only rule ids; the citation comes from the pack now in force (its version is given).
/// </summary>
public static class RuleCatalog
{
    public static Task HandleAsync(HttpContext context, PolicyStore policies)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policies);
        var current = policies.Current;
        return AdminApi.WriteJsonAsync(context, new
        {
            version = current.Version,
            rules = current.Policies.Rules.Select(r => new
            {
                id = r.Id,
                title = r.Match.Title,
                effect = r.Match.Effect,
                mode = r.Match.Mode,
                message = r.Match.Message,
                source = new { document = r.Match.SourceDocument, quote = r.Match.SourceQuote, link = r.Match.SourceLink },
            }),
        });
    }
}
