using System.Collections.Frozen;
using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Realtime client events (one JSON object per WebSocket frame) and the session bodies POSTed to mint realtime
/// sessions. Only events that hand the model content are read; the rest (truncate, cancel, commit, …) carry none.
/// </summary>
internal static class RealtimeReader
{
    // Session (and response.create) settings that carry nothing for the model: formats, voices, turn detection,
    // sampling. Every other field, including any case variant, is read as generic text (UnknownFields).
    private static readonly FrozenSet<string> SessionFields = UnknownFields.Fields(
        "instructions", "tools", "input_audio_transcription", "audio", "input", "type", "id", "object", "model", "voice",
        "modalities", "output_modalities", "input_audio_format", "output_audio_format", "turn_detection", "tool_choice",
        "temperature", "max_response_output_tokens", "max_output_tokens", "speed", "include", "tracing", "truncation",
        "input_audio_noise_reduction", "expires_at", "client_secret", "conversation", "metadata");

    // A session minted over HTTP may be the session itself (preview) or wrap it in "session" (GA), read separately.
    private static readonly FrozenSet<string> SessionBodyFields = UnknownFields.Fields([.. SessionFields, "session"]);

    private static readonly FrozenSet<string> TranscriptionFields = UnknownFields.Fields("model", "language", "prompt");

    public static void ReadEvent(JsonElement root, PartSink sink)
    {
        if (!JsonShape.TryGetString(root, "type", out var type))
        {
            // No usable type: the upstream will refuse it, but read everything in case a lenient one does not.
            GenericStrings.Walk(root, "", sink, ContentKind.Text, Roles.Unattributed);
            return;
        }

        if (type.ValueEquals("session.update") || type.ValueEquals("transcription_session.update"))
        {
            if (JsonShape.TryGetObject(root, "session", out var session))
            {
                ReadSession(session, "session", sink);
            }
        }
        else if (type.ValueEquals("conversation.item.create"))
        {
            if (root.TryGetProperty("item", out var item))
            {
                ResponseItemsReader.ReadItem(item, "item", sink);
            }
        }
        else if (type.ValueEquals("response.create"))
        {
            if (JsonShape.TryGetObject(root, "response", out var response))
            {
                ReadSession(response, "response", sink);
                if (response.TryGetProperty("input", out var input))
                {
                    ResponseItemsReader.Read(input, "response.input", sink);
                }
            }
        }
        else if (type.ValueEquals("input_audio_buffer.append") && root.TryGetProperty("audio", out var audio))
        {
            AudioParts.AddBase64(sink, "audio", audio, null, Roles.User);
        }
        else if (!IsContentless(type))
        {
            // An event type this reader does not know (a newer API, a misspelling the upstream tolerates): every
            // string in it is read, so text cannot reach the model through an event the gateway has not heard of.
            GenericStrings.Walk(root, "", sink, ContentKind.Text, Roles.Unattributed);
            return;
        }

        UnknownFields.ReadRealtimeEvent(root, sink);
    }

    // Client events that only steer the session; their fields are ids, indexes and timings.
    private static bool IsContentless(JsonElement type) =>
        type.ValueEquals("input_audio_buffer.append") || type.ValueEquals("input_audio_buffer.commit")
        || type.ValueEquals("input_audio_buffer.clear") || type.ValueEquals("output_audio_buffer.clear")
        || type.ValueEquals("conversation.item.truncate") || type.ValueEquals("conversation.item.delete")
        || type.ValueEquals("conversation.item.retrieve") || type.ValueEquals("response.cancel");

    /// <summary>A session minted over HTTP: GA <c>{session:{…}}</c> or the preview's flat session object.</summary>
    public static void ReadSessionBody(JsonElement root, PartSink sink)
    {
        if (JsonShape.TryGetObject(root, "session", out var session))
        {
            ReadSession(session, "session", sink);
        }

        ReadSession(root, "", sink, SessionBodyFields);
    }

    private static void ReadSession(JsonElement session, string path, PartSink sink) => ReadSession(session, path, sink, SessionFields);

    private static void ReadSession(JsonElement session, string path, PartSink sink, FrozenSet<string> known)
    {
        sink.AddProperty(ContentKind.Text, session, "instructions", path, Roles.System);
        ToolDefinitions.Read(session, "tools", sink, path);

        // Transcription prompts bias what the speech model hears (preview and GA spellings).
        if (JsonShape.TryGetObject(session, "input_audio_transcription", out var transcription))
        {
            ReadTranscription(transcription, JsonPath.Join(path, "input_audio_transcription"), sink);
        }

        if (JsonShape.TryGetObject(session, "audio", out var audio) && JsonShape.TryGetObject(audio, "input", out var input)
            && JsonShape.TryGetObject(input, "transcription", out var gaTranscription))
        {
            ReadTranscription(gaTranscription, JsonPath.Join(path, "audio.input.transcription"), sink);
        }

        UnknownFields.ReadOthers(session, path, known, sink, ContentKind.Text, Roles.System);
    }

    private static void ReadTranscription(JsonElement transcription, string path, PartSink sink)
    {
        sink.AddProperty(ContentKind.Text, transcription, "prompt", path);
        UnknownFields.ReadOthers(transcription, path, TranscriptionFields, sink, ContentKind.Text, Roles.Unattributed);
    }
}
