using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyGateway.Intent.Training.Corpus;

/// <summary>
/// Re-expresses a written chat request in another API shape that carries the same conversation: a Responses call
/// (messages become input items, text parts <c>input_text</c>/<c>output_text</c>, pictures <c>input_image</c>), a
/// realtime session's events, a Batch API line wrapping the chat body, or (text only) a completions prompt. Only chats
/// without tools convert: a tool's schema has no faithful Responses twin worth the probe.
/// </summary>
public static class ShapeConverter
{
    public static bool CanConvert(CorpusEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Api != "chat" || entry.Body.ValueKind != JsonValueKind.Object || entry.Body.TryGetProperty("tools", out _)
            || !entry.Body.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        return messages.EnumerateArray().All(m =>
            m.ValueKind == JsonValueKind.Object && !m.TryGetProperty("tool_calls", out _)
            && m.TryGetProperty("role", out var role) && role.GetString() is "system" or "developer" or "user" or "assistant"
            && m.TryGetProperty("content", out var content) && content.ValueKind is JsonValueKind.String or JsonValueKind.Array);
    }

    public static CorpusEntry ToResponses(CorpusEntry entry)
    {
        var input = new JsonArray([.. Messages(entry, textAsParts: false).Select(m => new JsonObject { ["role"] = m.Role, ["content"] = m.Content })]);
        var body = new JsonObject { ["model"] = Model(entry), ["input"] = input };
        return entry with { Api = "responses", Body = JsonSerializer.SerializeToElement(body) };
    }

    /// <summary>
    /// The conversation as a realtime session's client events: one <c>conversation.item.create</c> per message (GA
    /// item content types), then <c>response.create</c>. The model reads the same parts; only the transport differs,
    /// which is the one API fact the model sees (a realtime session is live by its transport).
    /// </summary>
    public static CorpusEntry ToRealtime(CorpusEntry entry)
    {
        var events = new JsonArray([.. Messages(entry, textAsParts: true).Select(m => new JsonObject
        {
            ["type"] = "conversation.item.create",
            ["item"] = new JsonObject { ["type"] = "message", ["role"] = m.Role, ["content"] = m.Content },
        })]);
        events.Add(new JsonObject { ["type"] = "response.create" });
        return entry with { Api = "realtime", Body = JsonSerializer.SerializeToElement(events) };
    }

    /// <summary>A tool-less chat whose every part is text: only those flatten into a completions prompt.</summary>
    public static bool CanFlatten(CorpusEntry entry) =>
        CanConvert(entry) && entry.Body.GetProperty("messages").EnumerateArray().All(m =>
            m.GetProperty("content") is var content && (content.ValueKind == JsonValueKind.String
                || content.EnumerateArray().All(p => p.TryGetProperty("type", out var t) && t.GetString() == "text")));

    /// <summary>
    /// The conversation as one completions prompt, written as a transcript ("User: …", "Assistant: …") that ends on the
    /// assistant's turn, the way such prompts are written. Unlike the other shapes the text changes (the role labels),
    /// so this asks whether the same words judged as a transcript keep their verdict.
    /// </summary>
    public static CorpusEntry ToCompletions(CorpusEntry entry)
    {
        if (!CanFlatten(entry)) throw new ArgumentException("only a text-only chat request without tools flattens", nameof(entry));
        var turns = entry.Body.GetProperty("messages").EnumerateArray().Select(m =>
        {
            var content = m.GetProperty("content");
            var text = content.ValueKind == JsonValueKind.String ? content.GetString()
                : string.Join("\n", content.EnumerateArray().Select(p => p.GetProperty("text").GetString()));
            return $"{Label(m.GetProperty("role").GetString()!)}: {text}";
        });
        var body = new JsonObject { ["model"] = "gpt-35-turbo-instruct", ["prompt"] = string.Join("\n\n", turns) + "\n\nAssistant:", ["max_tokens"] = 400 };
        return entry with { Api = "completions", Body = JsonSerializer.SerializeToElement(body) };
    }

    public static CorpusEntry ToBatchLine(CorpusEntry entry)
    {
        if (!CanConvert(entry)) throw new ArgumentException("only a chat request without tools converts", nameof(entry));
        var line = new JsonObject
        {
            ["custom_id"] = entry.Id,
            ["method"] = "POST",
            ["url"] = "/chat/completions",
            ["body"] = JsonNode.Parse(entry.Body.GetRawText()),
        };
        return entry with { Api = "batch_line", Body = JsonSerializer.SerializeToElement(line) };
    }

    /// <summary>Each message's role and its content as Responses/realtime items carry it; a string stays one unless <paramref name="textAsParts"/>.</summary>
    private static IEnumerable<(string Role, JsonNode Content)> Messages(CorpusEntry entry, bool textAsParts)
    {
        if (!CanConvert(entry)) throw new ArgumentException("only a chat request without tools converts", nameof(entry));
        foreach (var message in entry.Body.GetProperty("messages").EnumerateArray())
        {
            var role = message.GetProperty("role").GetString()!;
            var content = message.GetProperty("content");
            var assistant = role == "assistant";
            JsonNode converted = content.ValueKind != JsonValueKind.String ? Parts(content, assistant)
                : textAsParts ? new JsonArray(TextPart(content.GetString(), assistant))
                : JsonValue.Create(content.GetString())!;
            yield return (role, converted);
        }
    }

    private static string Label(string role) => role switch
    {
        "system" => "System",
        "developer" => "Developer",
        "assistant" => "Assistant",
        _ => "User",
    };

    private static JsonObject TextPart(string? text, bool assistant) => new() { ["type"] = assistant ? "output_text" : "input_text", ["text"] = text };

    private static JsonArray Parts(JsonElement parts, bool assistant)
    {
        var converted = new JsonArray();
        foreach (var part in parts.EnumerateArray())
        {
            var type = part.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (type == "text")
            {
                converted.Add(TextPart(part.GetProperty("text").GetString(), assistant));
            }
            else if (type == "image_url")
            {
                var image = part.GetProperty("image_url");
                var url = image.ValueKind == JsonValueKind.String ? image.GetString() : image.GetProperty("url").GetString();
                converted.Add(new JsonObject { ["type"] = "input_image", ["image_url"] = url });
            }
            else
            {
                // Audio and other parts keep their chat form: the Responses reader reads what it recognises.
                converted.Add(JsonNode.Parse(part.GetRawText()));
            }
        }

        return converted;
    }

    private static string Model(CorpusEntry entry) =>
        entry.Body.TryGetProperty("model", out var model) && model.ValueKind == JsonValueKind.String ? model.GetString()! : "gpt-4o";
}
