namespace PolicyGateway.Emulator;

/// <summary>
/// One request as the emulator received it. Realtime client events appear with <see cref="Method"/> "WS" and the event JSON as body.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string PathAndQuery,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    DateTimeOffset ReceivedAt);
