namespace PolicyGateway.Recording.Store;

/// <summary>
/// One stored record. Holds what an operator needs to explain and prove a decision, never the prompt, images or keys:
/// the body is represented by its SHA-256 and the evidence by redacted excerpts of at most 60 characters.
/// <see cref="Seq"/>, <see cref="PrevHash"/> and <see cref="Hash"/> are set when the record joins its instance's chain.
/// </summary>
public sealed record DecisionRecord
{
    public required string Id { get; init; }
    public RecordKind Kind { get; init; } = RecordKind.Decision;
    public required string Instance { get; init; }
    public long Seq { get; init; }

    /// <summary>Millisecond precision: what both stores keep exactly, so the chain hash survives a round trip.</summary>
    public required DateTimeOffset Time { get; init; }

    public string CallerId { get; init; } = "";
    public string Organization { get; init; } = "";
    public string Sector { get; init; } = "";
    public string Country { get; init; } = "";
    public string? Subdivision { get; init; }

    /// <summary>Each entry <c>sector/COUNTRY</c>.</summary>
    public IReadOnlyList<string> ActsFor { get; init; } = [];

    public string Method { get; init; } = "";
    public string Route { get; init; } = "";
    public string Api { get; init; } = "";
    public string? Deployment { get; init; }

    /// <summary><c>allow</c> or <c>deny</c>; a shadow ("would deny") decision is an allow with <see cref="ShadowRules"/>.</summary>
    public string Action { get; init; } = "";

    public IReadOnlyList<string> EnforcedRules { get; init; } = [];
    public IReadOnlyList<string> ShadowRules { get; init; } = [];

    /// <summary>Every intent's confidence, by snake_case label.</summary>
    /// <remarks>The default is one shared empty map: a fresh one per record was thrown away by every decision's own.</remarks>
    public IReadOnlyDictionary<string, double> Intents { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, double>.Empty;

    public IReadOnlyList<RecordedEvidence> Evidence { get; init; } = [];
    public string? BodySha256 { get; init; }
    public string? ClientAddress { get; init; }
    public string? UserAgent { get; init; }
    public int? UpstreamStatus { get; init; }
    public double? UpstreamLatencyMs { get; init; }
    public double DecisionMs { get; init; }
    public string PolicyVersion { get; init; } = "";
    public string ModelVersion { get; init; } = "";

    /// <summary>The realtime session an event belonged to.</summary>
    public string? SessionId { get; init; }

    /// <summary>The whole request body as text; only with <see cref="RecordingOptions.FullCapture"/> on, otherwise null.</summary>
    public string? CapturedBody { get; init; }

    public string? Failure { get; init; }
    public string? Location { get; init; }

    /// <summary>For a purge: the last removed record of the chain; the first kept record links to its hash.</summary>
    public long? PurgedThroughSeq { get; init; }
    public string? PurgedThroughHash { get; init; }
    public long? PurgedCount { get; init; }

    public string PrevHash { get; init; } = "";
    public string Hash { get; init; } = "";

    public bool IsShadow => ShadowRules.Count > 0;
}
