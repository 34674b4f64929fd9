using System.Collections.Frozen;
using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Chat-style message arrays (chat completions, assistants threads and run <c>additional_messages</c>): content,
/// <c>name</c>, refusals, attachments and earlier tool calls of every role.
/// </summary>
internal static class MessagesReader
{
    // Every other field of a message, a tool call or a called function is read as generic text (UnknownFields).
    private static readonly FrozenSet<string> MessageFields =
        UnknownFields.Fields("role", "content", "name", "refusal", "tool_calls", "function_call", "attachments", "tool_call_id", "id");

    private static readonly FrozenSet<string> ToolCallFields = UnknownFields.Fields("id", "type", "function", "custom");

    private static readonly FrozenSet<string> FunctionFields = UnknownFields.Fields("name", "arguments");

    private static readonly FrozenSet<string> CustomFields = UnknownFields.Fields("name", "input");

    private static readonly FrozenSet<string> AttachmentFields = UnknownFields.Fields("file_id");

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
        UnknownFields.ReadOthers(message, path, MessageFields, sink, Roles.TextKind(role), role);
    }

    private static void ReadToolCalls(JsonElement message, string path, PartSink sink, string? role)
    {
        if (JsonShape.TryGetArray(message, "tool_calls", out var calls))
        {
            int index = 0;
            foreach (var call in calls.EnumerateArray())
            {
                string callPath = $"{JsonPath.Join(path, "tool_calls")}[{index++}]";
                // Both shapes are read when both are present: the upstream may honour either.
                if (JsonShape.TryGetObject(call, "function", out var function))
                {
                    ReadCall(function, $"{callPath}.function", "arguments", FunctionFields, sink, role);
                }
                if (JsonShape.TryGetObject(call, "custom", out var custom))
                {
                    ReadCall(custom, $"{callPath}.custom", "input", CustomFields, sink, role);
                }
                UnknownFields.ReadOthers(call, callPath, ToolCallFields, sink, ContentKind.ToolCall, role);
            }
        }

        if (JsonShape.TryGetObject(message, "function_call", out var legacy))
        {
            ReadCall(legacy, JsonPath.Join(path, "function_call"), "arguments", FunctionFields, sink, role);
        }
    }

    private static void ReadCall(JsonElement call, string path, string argumentsName, FrozenSet<string> known, PartSink sink, string? role)
    {
        sink.AddProperty(ContentKind.ToolCall, call, "name", path, role);
        sink.AddProperty(ContentKind.ToolCall, call, argumentsName, path, role);
        UnknownFields.ReadOthers(call, path, known, sink, ContentKind.ToolCall, role);
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
            var attachmentPath = $"{JsonPath.Join(path, "attachments")}[{index++}]";
            sink.AddProperty(ContentKind.File, attachment, "file_id", attachmentPath, role);
            UnknownFields.ReadOthers(attachment, attachmentPath, AttachmentFields, sink, ContentKind.Text, role);
        }
    }
}
