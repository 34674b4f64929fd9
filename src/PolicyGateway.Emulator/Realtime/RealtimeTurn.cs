using System.Text.Json;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Realtime;

/// <summary>One emulated text response on a realtime connection.</summary>
internal sealed record RealtimeTurn(string ResponseId, string ItemId, bool Ga, ReplyPlan Reply, int InputTokens)
{
    public void WriteResponse(Utf8JsonWriter w, bool finished)
    {
        w.WriteStartObject();
        w.WriteString("id", ResponseId);
        w.WriteString("object", "realtime.response");
        w.WriteString("status", finished ? "completed" : "in_progress");
        w.WriteNull("status_details");
        w.WriteStartArray("output");
        if (finished)
        {
            WriteItem(w, finished: true);
        }

        w.WriteEndArray();
        w.WriteStartArray(Ga ? "output_modalities" : "modalities");
        w.WriteStringValue("text");
        w.WriteEndArray();
        if (finished)
        {
            w.WriteStartObject("usage");
            w.WriteNumber("total_tokens", InputTokens + Reply.TokenCount);
            w.WriteNumber("input_tokens", InputTokens);
            w.WriteNumber("output_tokens", Reply.TokenCount);
            w.WriteStartObject("input_token_details");
            w.WriteNumber("text_tokens", InputTokens);
            w.WriteNumber("audio_tokens", 0);
            w.WriteNumber("cached_tokens", 0);
            w.WriteEndObject();
            w.WriteStartObject("output_token_details");
            w.WriteNumber("text_tokens", Reply.TokenCount);
            w.WriteNumber("audio_tokens", 0);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("usage");
        }

        w.WriteEndObject();
    }

    public void WriteItem(Utf8JsonWriter w, bool finished)
    {
        w.WriteStartObject();
        w.WriteString("id", ItemId);
        w.WriteString("object", "realtime.item");
        w.WriteString("type", "message");
        w.WriteString("status", finished ? "completed" : "in_progress");
        w.WriteString("role", "assistant");
        w.WriteStartArray("content");
        if (finished)
        {
            WritePart(w, Reply.Text);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public void WritePart(Utf8JsonWriter w, string text)
    {
        w.WriteStartObject();
        w.WriteString("type", Ga ? "output_text" : "text");
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    public void WritePosition(Utf8JsonWriter w)
    {
        w.WriteString("response_id", ResponseId);
        w.WriteString("item_id", ItemId);
        w.WriteNumber("output_index", 0);
        w.WriteNumber("content_index", 0);
    }
}
