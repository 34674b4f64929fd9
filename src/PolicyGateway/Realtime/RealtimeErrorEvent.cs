using System.Buffers;
using System.Text.Json;

namespace PolicyGateway.Realtime;

/// <summary>The realtime API's <c>error</c> server event, which the SDKs surface as a RealtimeErrorEvent.</summary>
internal static class RealtimeErrorEvent
{
    public static ReadOnlyMemory<byte> Create(string eventId, string type, string code, string message, string? clientEventId)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, Errors.OpenAIError.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("type", "error");
            json.WriteString("event_id", eventId);
            json.WriteStartObject("error");
            json.WriteString("type", type);
            json.WriteString("code", code);
            json.WriteString("message", message);
            json.WriteNull("param");
            if (clientEventId is null) json.WriteNull("event_id"); else json.WriteString("event_id", clientEventId);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }

    /// <summary>The client's own <c>event_id</c>, so it can tell which of its events was refused.</summary>
    public static string? ClientEventId(ReadOnlyMemory<byte> eventJson)
    {
        try
        {
            var reader = new Utf8JsonReader(eventJson.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isEventId = reader.ValueTextEquals("event_id");
                reader.Read();
                if (isEventId && reader.TokenType == JsonTokenType.String) return reader.GetString();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }
}
