using PolicyGateway.Content;

namespace PolicyGateway.Decisions;

public sealed class DecisionEngineOptions
{
    /// <summary>
    /// Time allowed for classifying and evaluating one request (content reading is bounded by <see cref="ContentLimits"/>).
    /// A request whose decision takes longer is treated as a failure: denied, unless its API fails open.
    /// </summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// APIs whose requests are allowed (with <see cref="Decision.Failure"/> set) when no decision could be made.
    /// Empty by default: a gateway that cannot decide must not forward.
    /// </summary>
    public IReadOnlySet<ApiKind> FailOpenApis { get; init; } = new HashSet<ApiKind>();

    public ContentLimits ContentLimits { get; init; } = ContentLimits.Default;

    /// <summary>How many earlier content parts of a realtime session are classified with each new event.</summary>
    public int RealtimeHistoryParts { get; init; } = 64;

    /// <summary>How many characters of earlier realtime text are kept; older items drop out first, session instructions stay.</summary>
    public int RealtimeHistoryChars { get; init; } = 32 * 1024;

    /// <summary>
    /// Count decisions in <see cref="DecisionMetrics"/> and trace them (<see cref="DecisionTracing"/>). Off only for
    /// decisions nobody asked for, such as the start-up warm-up, which must not show as traffic.
    /// </summary>
    public bool Observe { get; init; } = true;
}
