using System.Collections.Frozen;
using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Fields a specific reader does not know are read as generic strings, at the top level and inside every object a
/// reader descends into (messages, content parts, tool calls, Responses and realtime items, realtime sessions). Names
/// are compared exactly, so a case variant (<c>"Messages"</c>, <c>"Content"</c>, <c>"Text"</c>) is unknown and read
/// too: the gateway cannot tell how leniently the upstream binds names, and a field it skipped must never be one the
/// model reads.
/// </summary>
internal static class UnknownFields
{
    // Sampling, streaming and bookkeeping parameters: they steer generation but are never shown to the model.
    private static readonly string[] Parameters =
    [
        "model", "stream", "stream_options", "temperature", "top_p", "n", "max_tokens", "max_completion_tokens",
        "max_output_tokens", "presence_penalty", "frequency_penalty", "logit_bias", "logprobs", "top_logprobs", "user",
        "seed", "parallel_tool_calls", "store", "metadata", "reasoning_effort", "reasoning", "modalities", "service_tier",
        "tool_choice", "function_call", "prompt_cache_key", "safety_identifier", "verbosity", "stop", "background",
        "include", "truncation",
    ];

    private static readonly FrozenDictionary<ApiKind, FrozenSet<string>> Known = new Dictionary<ApiKind, FrozenSet<string>>
    {
        [ApiKind.ChatCompletions] = Set("messages", "tools", "functions", "response_format", "prediction", "data_sources", "audio",
            "web_search_options", "user_security_context"),
        [ApiKind.Responses] = Set("input", "instructions", "tools", "text", "prompt", "previous_response_id", "conversation",
            "max_tool_calls", "top_logprobs"),
        [ApiKind.Completions] = Set("prompt", "suffix", "best_of", "echo"),
        [ApiKind.Embeddings] = Set("input", "encoding_format", "dimensions", "input_type"),
        [ApiKind.ImageGenerations] = Set("prompt", "size", "quality", "style", "response_format", "output_format",
            "output_compression", "moderation", "partial_images"),
        [ApiKind.ImageEdits] = Set("prompt", "images", "mask", "size", "quality", "response_format", "output_format",
            "output_compression", "input_fidelity", "partial_images"),
        [ApiKind.AudioSpeech] = Set("input", "instructions", "voice", "speed", "response_format", "stream_format"),
        [ApiKind.Conversations] = Set("items"),
    }.ToFrozenDictionary();

    // Realtime client events: the envelope fields of the event types RealtimeReader reads.
    private static readonly FrozenSet<string> RealtimeEvent = FrozenSet.ToFrozenSet(
        ["type", "event_id", "session", "item", "previous_item_id", "response", "audio", "item_id", "content_index", "audio_end_ms"],
        StringComparer.Ordinal);

    /// <summary>Reads the top-level fields of <paramref name="root"/> that the reader of <paramref name="api"/> does not know.</summary>
    public static void Read(ApiKind api, JsonElement root, PartSink sink)
    {
        if (Known.TryGetValue(api, out var known))
        {
            ReadUnknown(root, known, sink);
        }
    }

    /// <summary>Reads the fields of a known realtime event that are not part of its envelope.</summary>
    public static void ReadRealtimeEvent(JsonElement root, PartSink sink) => ReadUnknown(root, RealtimeEvent, sink);

    private static void ReadUnknown(JsonElement root, FrozenSet<string> known, PartSink sink) =>
        ReadOthers(root, "", known, sink, ContentKind.Text, Roles.Unattributed);

    /// <summary>
    /// Reads every field of the object <paramref name="parent"/> that is not in <paramref name="known"/> (the fields its
    /// reader has read or knows to carry nothing for the model) as generic strings, with the object's role.
    /// </summary>
    public static void ReadOthers(JsonElement parent, string path, FrozenSet<string> known, PartSink sink, ContentKind kind, string? role)
    {
        if (parent.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var property in parent.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Object or JsonValueKind.Array
                && !known.Contains(property.Name))
            {
                GenericStrings.Walk(property.Value, JsonPath.Join(path, property.Name), sink, kind, role);
            }
        }
    }

    /// <summary>An exact-name set of the fields a reader handles, for <see cref="ReadOthers"/>.</summary>
    public static FrozenSet<string> Fields(params string[] names) => FrozenSet.ToFrozenSet(names, StringComparer.Ordinal);

    private static FrozenSet<string> Set(params string[] names) => FrozenSet.ToFrozenSet(names.Concat(Parameters), StringComparer.Ordinal);
}
