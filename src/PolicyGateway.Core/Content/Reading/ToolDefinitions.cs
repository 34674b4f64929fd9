using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Tool definitions in both spellings: nested (chat and assistants <c>{type:"function", function:{name,…}}</c>) and flat
/// (responses and realtime <c>{type:"function", name,…}</c>), plus legacy chat <c>functions[]</c>. Hosted tools
/// (file_search, web_search, code_interpreter, image_generation, mcp, …) are named by their type.
/// </summary>
internal static class ToolDefinitions
{
    public static void Read(JsonElement root, string toolsName, PartSink sink, string parentPath = "")
    {
        string path = JsonPath.Join(parentPath, toolsName);
        if (!JsonShape.TryGetArray(root, toolsName, out var tools))
        {
            return;
        }

        int index = 0;
        foreach (var tool in tools.EnumerateArray())
        {
            ReadTool(tool, $"{path}[{index++}]", sink);
        }
    }

    /// <summary>Chat's deprecated <c>functions[]</c>: plain function objects.</summary>
    public static void ReadLegacyFunctions(JsonElement root, PartSink sink)
    {
        if (!JsonShape.TryGetArray(root, "functions", out var functions))
        {
            return;
        }

        int index = 0;
        foreach (var function in functions.EnumerateArray())
        {
            ReadFunction(function, $"functions[{index++}]", sink);
        }
    }

    private static void ReadTool(JsonElement tool, string path, PartSink sink)
    {
        if (!JsonShape.TryGetString(tool, "type", out var type))
        {
            ReadFunction(tool, path, sink);
            return;
        }

        string typeName = type.ValueEquals("function") ? "function" : type.GetString()!;
        if (tool.TryGetProperty(typeName, out var nested) && nested.ValueKind == JsonValueKind.Object
            && (nested.TryGetProperty("name", out _) || nested.TryGetProperty("description", out _)))
        {
            ReadFunction(nested, $"{path}.{typeName}", sink);
        }
        else if (type.ValueEquals("function") || type.ValueEquals("custom"))
        {
            ReadFunction(tool, path, sink);
        }
        else
        {
            sink.Add(ContentKind.ToolDefinition, $"{path}.type", typeName);
            ReadHostedTool(tool, path, sink);
        }
    }

    // MCP servers describe themselves in prose, which steers the model like a function description.
    private static void ReadHostedTool(JsonElement tool, string path, PartSink sink)
    {
        sink.AddProperty(ContentKind.ToolDefinition, tool, "server_label", path);
        sink.AddProperty(ContentKind.ToolDefinition, tool, "server_description", path);
        sink.AddProperty(ContentKind.ToolDefinition, tool, "server_url", path);
        sink.AddProperty(ContentKind.ToolDefinition, tool, "description", path);
        sink.AddProperty(ContentKind.ToolDefinition, tool, "name", path);
    }

    private static void ReadFunction(JsonElement function, string path, PartSink sink)
    {
        sink.AddProperty(ContentKind.ToolDefinition, function, "name", path);
        sink.AddProperty(ContentKind.ToolDefinition, function, "description", path);
        foreach (string schemaName in (ReadOnlySpan<string>)["parameters", "input_schema", "format"])
        {
            if (JsonShape.TryGetObject(function, schemaName, out var schema))
            {
                AddSchema(sink, ContentKind.ToolDefinition, $"{path}.{schemaName}", schema);
            }
        }
    }

    public static void AddSchema(PartSink sink, ContentKind kind, string path, JsonElement schema)
    {
        string text = SchemaText.Flatten(schema);
        if (text.Length > 0)
        {
            sink.Add(kind, path, text);
        }
    }
}
