using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Chat-style message arrays (chat completions, assistants threads and run <c>additional_messages</c>): content,
/// <c>name</c>, refusals, attachments and earlier tool calls of every role.
/// </summary>
internal static class MessagesReader
{
    public static void Read(JsonElement messages, string path, PartSink sink)
    {
        if (messages.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        int index = 0;
        foreach (var message in messages.EnumerateArray())
        {
            ReadMessage(message, $"{path}[{index++}]", sink);
        }
    }

    public static void ReadMessage(JsonElement message, string path, PartSink sink)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        string? role = Roles.Of(message);
        if (message.TryGetProperty("content", out var content))
        {
            ContentPartsReader.Read(content, JsonPath.Join(path, "content"), sink, role, Roles.TextKind(role));
        }

        sink.AddProperty(ContentKind.Text, message, "name", path, role);
        sink.AddProperty(ContentKind.Text, message, "refusal", path, role);
        ReadToolCalls(message, path, sink, role);
        ReadAttachments(message, path, sink, role);
    }

    private static void ReadToolCalls(JsonElement message, string path, PartSink sink, string? role)
    {
        if (JsonShape.TryGetArray(message, "tool_calls", out var calls))
        {
            int index = 0;
            foreach (var call in calls.EnumerateArray())
            {
                string callPath = $"{JsonPath.Join(path, "tool_calls")}[{index++}]";
                if (JsonShape.TryGetObject(call, "function", out var function))
                {
                    ReadCall(function, $"{callPath}.function", "arguments", sink, role);
                }
                else if (JsonShape.TryGetObject(call, "custom", out var custom))
                {
                    ReadCall(custom, $"{callPath}.custom", "input", sink, role);
                }
            }
        }

        if (JsonShape.TryGetObject(message, "function_call", out var legacy))
        {
            ReadCall(legacy, JsonPath.Join(path, "function_call"), "arguments", sink, role);
        }
    }

    private static void ReadCall(JsonElement call, string path, string argumentsName, PartSink sink, string? role)
    {
        sink.AddProperty(ContentKind.ToolCall, call, "name", path, role);
        sink.AddProperty(ContentKind.ToolCall, call, argumentsName, path, role);
    }

    // Assistants messages attach uploaded files by id; the file's content was read when it was uploaded.
    private static void ReadAttachments(JsonElement message, string path, PartSink sink, string? role)
    {
        if (!JsonShape.TryGetArray(message, "attachments", out var attachments))
        {
            return;
        }

        int index = 0;
        foreach (var attachment in attachments.EnumerateArray())
        {
            sink.AddProperty(ContentKind.File, attachment, "file_id", $"{JsonPath.Join(path, "attachments")}[{index++}]", role);
        }
    }
}
