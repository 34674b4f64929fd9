using System.Text.Json;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>An emulated Responses API result, written whole or as the snapshots that stream events embed.</summary>
internal sealed record ResponseObject(string Id, string MessageId, long CreatedAt, string Model, string? Instructions, ReplyPlan Reply, int InputTokens)
{
    public bool Truncated => Reply.FinishReason == "length";

    public string FinalStatus => Truncated ? "incomplete" : "completed";

    public void Write(Utf8JsonWriter w, bool finished)
    {
        w.WriteStartObject();
        w.WriteString("id", Id);
        w.WriteString("object", "response");
        w.WriteNumber("created_at", CreatedAt);
        w.WriteString("status", finished ? FinalStatus : "in_progress");
        w.WriteBoolean("background", false);
        w.WriteNull("error");
        if (finished && Truncated)
        {
            w.WriteStartObject("incomplete_details");
            w.WriteString("reason", "max_output_tokens");
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("incomplete_details");
        }

        if (Instructions is null)
        {
            w.WriteNull("instructions");
        }
        else
        {
            w.WriteString("instructions", Instructions);
        }

        w.WriteNull("max_output_tokens");
        w.WriteString("model", Model);
        w.WriteStartArray("output");
        if (finished)
        {
            WriteMessage(w, finished: true);
        }

        w.WriteEndArray();
        w.WriteBoolean("parallel_tool_calls", true);
        w.WriteNull("previous_response_id");
        w.WriteStartObject("reasoning");
        w.WriteNull("effort");
        w.WriteNull("summary");
        w.WriteEndObject();
        w.WriteString("service_tier", "default");
        w.WriteBoolean("store", true);
        w.WriteNumber("temperature", 1.0);
        w.WriteStartObject("text");
        w.WriteStartObject("format");
        w.WriteString("type", "text");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("tool_choice", "auto");
        w.WriteStartArray("tools");
        w.WriteEndArray();
        w.WriteNumber("top_p", 1.0);
        w.WriteString("truncation", "disabled");
        if (finished)
        {
            WriteUsage(w);
        }
        else
        {
            w.WriteNull("usage");
        }

        w.WriteNull("user");
        w.WriteStartObject("metadata");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public void WriteMessage(Utf8JsonWriter w, bool finished)
    {
        w.WriteStartObject();
        w.WriteString("id", MessageId);
        w.WriteString("type", "message");
        w.WriteString("status", finished ? FinalStatus : "in_progress");
        w.WriteStartArray("content");
        if (finished)
        {
            WriteTextPart(w, Reply.Text);
        }

        w.WriteEndArray();
        w.WriteString("role", "assistant");
        w.WriteEndObject();
    }

    public static void WriteTextPart(Utf8JsonWriter w, string text)
    {
        w.WriteStartObject();
        w.WriteString("type", "output_text");
        w.WriteStartArray("annotations");
        w.WriteEndArray();
        w.WriteStartArray("logprobs");
        w.WriteEndArray();
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    private void WriteUsage(Utf8JsonWriter w)
    {
        w.WriteStartObject("usage");
        w.WriteNumber("input_tokens", InputTokens);
        w.WriteStartObject("input_tokens_details");
        w.WriteNumber("cached_tokens", 0);
        w.WriteEndObject();
        w.WriteNumber("output_tokens", Reply.TokenCount);
        w.WriteStartObject("output_tokens_details");
        w.WriteNumber("reasoning_tokens", 0);
        w.WriteEndObject();
        w.WriteNumber("total_tokens", InputTokens + Reply.TokenCount);
        w.WriteEndObject();
    }
}
