using System.Globalization;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Admin;

/// <summary>CSV export (RFC 4180): one line per decision, the columns an operator filters and cites by.</summary>
public static class DecisionCsv
{
    public const string Header =
        "id,time,instance,action,caller_id,organization,sector,country,api,route,deployment,enforced_rules,shadow_rules," +
        "evidence,upstream_status,body_sha256,policy_version,model_version,hash";

    public static string Line(DecisionRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        string[] fields =
        [
            r.Id, r.Time.ToString("o", CultureInfo.InvariantCulture), r.Instance, r.IsShadow && r.Action == "allow" ? "shadow" : r.Action,
            r.CallerId, r.Organization, r.Sector, r.Country, r.Api, r.Route, r.Deployment ?? "",
            string.Join(' ', r.EnforcedRules), string.Join(' ', r.ShadowRules),
            string.Join(" | ", r.Evidence.Select(e => $"{e.Intent}:{e.Signal}@{e.Location}: {e.Excerpt}")),
            r.UpstreamStatus?.ToString(CultureInfo.InvariantCulture) ?? "", r.BodySha256 ?? "", r.PolicyVersion, r.ModelVersion, r.Hash,
        ];
        return string.Join(',', fields.Select(Escape));
    }

    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
