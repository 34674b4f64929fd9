using System.Collections.Frozen;
using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Responses API input items (also realtime conversation items and stored conversation items): messages, earlier
/// tool calls and their outputs, screenshots, generated images, reasoning summaries; unknown item types fall back to
/// reading every string in them.
/// </summary>
internal static class ResponseItemsReader
{
    // The fields each item type's reader handles; any other field of the item is read as generic text (UnknownFields).
    private static readonly FrozenSet<string> MessageFields = UnknownFields.Fields("type", "id", "status", "role", "content");
    private static readonly FrozenSet<string> FunctionCallFields = UnknownFields.Fields("type", "id", "status", "call_id", "name", "arguments");
    private static readonly FrozenSet<string> CustomCallFields = UnknownFields.Fields("type", "id", "status", "call_id", "name", "input");
    private static readonly FrozenSet<string> CallOutputFields = UnknownFields.Fields("type", "id", "status", "call_id", "output");
    private static readonly FrozenSet<string> ScreenshotFields =
        UnknownFields.Fields("type", "id", "status", "call_id", "output", "acknowledged_safety_checks");
    private static readonly FrozenSet<string> ScreenshotOutputFields = UnknownFields.Fields("type", "image_url", "file_id");
    private static readonly FrozenSet<string> ImageGenerationFields = UnknownFields.Fields("type", "id", "status", "result");
    private static readonly FrozenSet<string> ReferenceFields = UnknownFields.Fields("type", "id");

    public static void Read(JsonElement items, string path, PartSink sink)
    {
        switch (items.ValueKind)
        {
            case JsonValueKind.String:
                sink.AddString(ContentKind.Text, path, items, Roles.User);
                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (var item in items.EnumerateArray())
                {
                    ReadItem(item, $"{path}[{index++}]", sink);
                }

                break;
        }
    }

    public static void ReadItem(JsonElement item, string path, PartSink sink)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (!JsonShape.TryGetString(item, "type", out var type) || type.ValueEquals("message"))
        {
            var role = Roles.Of(item);
            ReadMessage(item, path, sink, role);
            UnknownFields.ReadOthers(item, path, MessageFields, sink, Roles.TextKind(role), role);
        }
        else if (type.ValueEquals("function_call"))
        {
            sink.AddProperty(ContentKind.ToolCall, item, "name", path);
            sink.AddProperty(ContentKind.ToolCall, item, "arguments", path);
            UnknownFields.ReadOthers(item, path, FunctionCallFields, sink, ContentKind.ToolCall, null);
        }
        else if (type.ValueEquals("custom_tool_call"))
        {
            sink.AddProperty(ContentKind.ToolCall, item, "name", path);
            sink.AddProperty(ContentKind.ToolCall, item, "input", path);
            UnknownFields.ReadOthers(item, path, CustomCallFields, sink, ContentKind.ToolCall, null);
        }
        else if (type.ValueEquals("function_call_output") || type.ValueEquals("custom_tool_call_output"))
        {
            if (item.TryGetProperty("output", out var output))
            {
                ContentPartsReader.Read(output, $"{path}.output", sink, Roles.Tool, ContentKind.ToolCall);
            }
            UnknownFields.ReadOthers(item, path, CallOutputFields, sink, ContentKind.ToolCall, Roles.Tool);
        }
        else if (type.ValueEquals("computer_call_output"))
        {
            ReadScreenshot(item, path, sink);
            UnknownFields.ReadOthers(item, path, ScreenshotFields, sink, ContentKind.ToolCall, Roles.Tool);
        }
        else if (type.ValueEquals("image_generation_call"))
        {
            if (item.TryGetProperty("result", out var result))
            {
                ImageParts.AddBase64(sink, $"{path}.result", result, Roles.Assistant);
            }
            UnknownFields.ReadOthers(item, path, ImageGenerationFields, sink, ContentKind.ToolCall, Roles.Assistant);
        }
        else if (type.ValueEquals("item_reference"))
        {
            UnknownFields.ReadOthers(item, path, ReferenceFields, sink, ContentKind.Text, Roles.Unattributed);
        }
        else
        {
            GenericStrings.Walk(item, path, sink, KindOf(type.GetString()!), Roles.Unattributed);
        }
    }

    // Hosted tool calls and their outputs (web_search_call, mcp_call, local_shell_call_output, …) are tool traffic;
    // anything else (reasoning summaries, types added later) is read as text.
    private static ContentKind KindOf(string type) =>
        type.EndsWith("_call", StringComparison.Ordinal) || type.EndsWith("_output", StringComparison.Ordinal)
        || type.StartsWith("mcp_", StringComparison.Ordinal)
            ? ContentKind.ToolCall
            : ContentKind.Text;

    private static void ReadMessage(JsonElement item, string path, PartSink sink, string? role)
    {
        if (item.TryGetProperty("content", out var content))
        {
            ContentPartsReader.Read(content, $"{path}.content", sink, role, Roles.TextKind(role));
        }
    }

    private static void ReadScreenshot(JsonElement item, string path, PartSink sink)
    {
        if (!JsonShape.TryGetObject(item, "output", out var output))
        {
            return;
        }

        if (output.TryGetProperty("image_url", out var url) && url.ValueKind == JsonValueKind.String)
        {
            ImageParts.AddUrl(sink, $"{path}.output", url, Roles.Tool);
        }
        else if (output.TryGetProperty("file_id", out var fileId))
        {
            ImageParts.AddFileId(sink, $"{path}.output", fileId, Roles.Tool);
        }
        UnknownFields.ReadOthers(output, $"{path}.output", ScreenshotOutputFields, sink, ContentKind.ToolCall, Roles.Tool);
    }
}
