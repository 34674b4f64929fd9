using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Responses API input items (also realtime conversation items and stored conversation items): messages, earlier
/// tool calls and their outputs, screenshots, generated images, reasoning summaries; unknown item types fall back to
/// reading every string in them.
/// </summary>
internal static class ResponseItemsReader
{
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
            ReadMessage(item, path, sink);
        }
        else if (type.ValueEquals("function_call"))
        {
            sink.AddProperty(ContentKind.ToolCall, item, "name", path);
            sink.AddProperty(ContentKind.ToolCall, item, "arguments", path);
        }
        else if (type.ValueEquals("custom_tool_call"))
        {
            sink.AddProperty(ContentKind.ToolCall, item, "name", path);
            sink.AddProperty(ContentKind.ToolCall, item, "input", path);
        }
        else if (type.ValueEquals("function_call_output") || type.ValueEquals("custom_tool_call_output"))
        {
            if (item.TryGetProperty("output", out var output))
            {
                ContentPartsReader.Read(output, $"{path}.output", sink, Roles.Tool, ContentKind.ToolCall);
            }
        }
        else if (type.ValueEquals("computer_call_output"))
        {
            ReadScreenshot(item, path, sink);
        }
        else if (type.ValueEquals("image_generation_call"))
        {
            if (item.TryGetProperty("result", out var result))
            {
                ImageParts.AddBase64(sink, $"{path}.result", result, Roles.Assistant);
            }
        }
        else if (!type.ValueEquals("item_reference"))
        {
            GenericStrings.Walk(item, path, sink, KindOf(type.GetString()!), null);
        }
    }

    // Hosted tool calls and their outputs (web_search_call, mcp_call, local_shell_call_output, …) are tool traffic;
    // anything else (reasoning summaries, types added later) is read as text.
    private static ContentKind KindOf(string type) =>
        type.EndsWith("_call", StringComparison.Ordinal) || type.EndsWith("_output", StringComparison.Ordinal)
        || type.StartsWith("mcp_", StringComparison.Ordinal)
            ? ContentKind.ToolCall
            : ContentKind.Text;

    private static void ReadMessage(JsonElement item, string path, PartSink sink)
    {
        string? role = Roles.Of(item);
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
    }
}
