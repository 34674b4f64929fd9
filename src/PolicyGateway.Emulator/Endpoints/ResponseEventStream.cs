using System.Text.Json;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>Named Responses API events, each carrying its <c>type</c> and an incrementing <c>sequence_number</c>.</summary>
internal sealed class ResponseEventStream(SseWriter sse)
{
    private int _sequence;

    /// <summary>Writes one event; with <paramref name="wrapIn"/> the payload becomes that property instead of top-level fields.</summary>
    public Task WriteAsync<TState>(string type, TState state, Action<Utf8JsonWriter, TState> writeFields, string? wrapIn = null)
    {
        var sequence = _sequence++;
        return sse.WriteAsync(type, (type, sequence, state, writeFields, wrapIn), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("type", s.type);
            w.WriteNumber("sequence_number", s.sequence);
            if (s.wrapIn is not null)
            {
                w.WritePropertyName(s.wrapIn);
            }

            s.writeFields(w, s.state);
            w.WriteEndObject();
        });
    }
}
