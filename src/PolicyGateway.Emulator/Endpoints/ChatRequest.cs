using System.Text.Json;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>The few request fields that shape an emulated chat or text completion.</summary>
internal sealed record ChatRequest(string Id, long Created, string Model, ReplyPlan Reply, int PromptTokens, int Choices, bool Stream, bool IncludeUsage)
{
    public int CompletionTokens => Reply.TokenCount * Choices;

    public static ChatRequest Create(string idPrefix, string model, string userText, int promptChars, JsonElement body) =>
        new(
            EmulatorIds.New(idPrefix),
            EmulatorIds.UnixNow(),
            model,
            ReplyText.Plan(userText, MessageText.GetInt(body, "max_completion_tokens") ?? MessageText.GetInt(body, "max_tokens")),
            ReplyText.EstimateTokens(promptChars),
            Math.Clamp(MessageText.GetInt(body, "n") ?? 1, 1, 128),
            MessageText.GetBool(body, "stream"),
            body.TryGetProperty("stream_options", out var streamOptions) && MessageText.GetBool(streamOptions, "include_usage"));

    public void WriteUsage(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("usage");
        writer.WriteNumber("completion_tokens", CompletionTokens);
        writer.WriteStartObject("completion_tokens_details");
        writer.WriteNumber("accepted_prediction_tokens", 0);
        writer.WriteNumber("audio_tokens", 0);
        writer.WriteNumber("reasoning_tokens", 0);
        writer.WriteNumber("rejected_prediction_tokens", 0);
        writer.WriteEndObject();
        writer.WriteNumber("prompt_tokens", PromptTokens);
        writer.WriteStartObject("prompt_tokens_details");
        writer.WriteNumber("audio_tokens", 0);
        writer.WriteNumber("cached_tokens", 0);
        writer.WriteEndObject();
        writer.WriteNumber("total_tokens", PromptTokens + CompletionTokens);
        writer.WriteEndObject();
    }

    /// <summary>Azure's first stream event: only the prompt annotation, with empty identity fields.</summary>
    public static void WritePromptAnnotationChunk(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("choices");
        writer.WriteEndArray();
        writer.WriteNumber("created", 0);
        writer.WriteString("id", "");
        writer.WriteString("model", "");
        writer.WriteString("object", "");
        ContentFilterJson.WritePromptFilterResults(writer);
        writer.WriteEndObject();
    }
}
