using System.Data;
using System.Data.Common;
using System.Text.Json;

namespace PolicyGateway.Recording.Store;

/// <summary>Maps <see cref="DecisionRecord"/> to and from a <c>decisions</c> row, identically for both providers.</summary>
internal static class DecisionRows
{
    public const string Columns =
        "id, instance, seq, kind, time_ms, caller_id, organization, sector, country, subdivision, acts_for, method, route, api, " +
        "deployment, action, enforced_rules, shadow_rules, rules_index, intents, evidence, evidence_text, body_sha256, " +
        "client_address, user_agent, upstream_status, upstream_latency_ms, decision_ms, policy_version, model_version, " +
        "session_id, failure, location, purged_through_seq, purged_through_hash, purged_count, prev_hash, hash, captured_body";

    private static readonly string[] Names = Columns.Split(", ");

    public static string InsertSql { get; } =
        $"INSERT INTO decisions ({Columns}) VALUES ({string.Join(", ", Names.Select(n => "@" + n))})";

    /// <summary>Creates the insert's parameters once, so a batch reuses one prepared command.</summary>
    public static void AddParameters(DbCommand command)
    {
        foreach (var name in Names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.DbType = name switch
            {
                "seq" or "time_ms" or "purged_through_seq" or "purged_count" => DbType.Int64,
                "upstream_status" => DbType.Int32,
                "upstream_latency_ms" or "decision_ms" => DbType.Double,
                _ => DbType.String,
            };
            command.Parameters.Add(parameter);
        }
    }

    public static void SetValues(DbCommand command, DecisionRecord r)
    {
        var values = Values(r);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    /// <summary>The row's values in <see cref="Columns"/> order; null for SQL NULL.</summary>
    public static object?[] Values(DecisionRecord r) =>
    [
        r.Id, r.Instance, r.Seq, r.Kind.ToString(), r.Time.ToUnixTimeMilliseconds(), r.CallerId, r.Organization, r.Sector,
        r.Country, r.Subdivision, Json(r.ActsFor), r.Method, r.Route, r.Api, r.Deployment, r.Action, Json(r.EnforcedRules),
        Json(r.ShadowRules), RulesIndex(r), Json(r.Intents), Json(r.Evidence), EvidenceText(r), r.BodySha256, r.ClientAddress,
        r.UserAgent, r.UpstreamStatus, r.UpstreamLatencyMs, r.DecisionMs, r.PolicyVersion, r.ModelVersion, r.SessionId,
        r.Failure, r.Location, r.PurgedThroughSeq, r.PurgedThroughHash, r.PurgedCount, r.PrevHash, r.Hash,
        r.CapturedBody,
    ];

    public static DecisionRecord Read(DbDataReader row) => new()
    {
        Id = row.GetString(0),
        Instance = row.GetString(1),
        Seq = Convert.ToInt64(row.GetValue(2)),
        Kind = Enum.Parse<RecordKind>(row.GetString(3)),
        Time = DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(row.GetValue(4))),
        CallerId = row.GetString(5),
        Organization = row.GetString(6),
        Sector = row.GetString(7),
        Country = row.GetString(8),
        Subdivision = NullableString(row, 9),
        ActsFor = FromJson<string[]>(row.GetString(10)),
        Method = row.GetString(11),
        Route = row.GetString(12),
        Api = row.GetString(13),
        Deployment = NullableString(row, 14),
        Action = row.GetString(15),
        EnforcedRules = FromJson<string[]>(row.GetString(16)),
        ShadowRules = FromJson<string[]>(row.GetString(17)),
        Intents = FromJson<Dictionary<string, double>>(row.GetString(19)),
        Evidence = FromJson<RecordedEvidence[]>(row.GetString(20)),
        BodySha256 = NullableString(row, 22),
        ClientAddress = NullableString(row, 23),
        UserAgent = NullableString(row, 24),
        UpstreamStatus = row.IsDBNull(25) ? null : Convert.ToInt32(row.GetValue(25)),
        UpstreamLatencyMs = row.IsDBNull(26) ? null : Convert.ToDouble(row.GetValue(26)),
        DecisionMs = Convert.ToDouble(row.GetValue(27)),
        PolicyVersion = row.GetString(28),
        ModelVersion = row.GetString(29),
        SessionId = NullableString(row, 30),
        Failure = NullableString(row, 31),
        Location = NullableString(row, 32),
        PurgedThroughSeq = row.IsDBNull(33) ? null : Convert.ToInt64(row.GetValue(33)),
        PurgedThroughHash = NullableString(row, 34),
        PurgedCount = row.IsDBNull(35) ? null : Convert.ToInt64(row.GetValue(35)),
        PrevHash = row.GetString(36),
        Hash = row.GetString(37),
        CapturedBody = NullableString(row, 38),
    };

    /// <summary><c>,rule-a,rule-b,</c>: a LIKE on <c>%,rule,%</c> finds a rule among enforced and shadow ones.</summary>
    private static string RulesIndex(DecisionRecord r) => "," + string.Concat(r.EnforcedRules.Concat(r.ShadowRules).Select(x => x + ",")) ;

    private static string EvidenceText(DecisionRecord r) =>
        string.Join('\n', r.Evidence.Select(e => $"{e.Intent} {e.Signal} {e.Location} {e.Excerpt}")).ToLowerInvariant();

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, RecordJson.Options);

    /// <summary>Most records have no rules, evidence or represented sectors: "[]", as the serializer writes it, without the serializer.</summary>
    private static string Json<T>(IReadOnlyList<T> values) => values.Count == 0 ? "[]" : JsonSerializer.Serialize(values, RecordJson.Options);

    private static T FromJson<T>(string json) => JsonSerializer.Deserialize<T>(json, RecordJson.Options)!;

    private static string? NullableString(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
