using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>A chat completions body: messages, tools, structured-output schema, predicted output and "on your data" role information.</summary>
internal static class ChatCompletionsReader
{
    public static void Read(JsonElement root, PartSink sink)
    {
        if (root.TryGetProperty("messages", out var messages))
        {
            MessagesReader.Read(messages, "messages", sink);
        }

        ToolDefinitions.Read(root, "tools", sink);
        ToolDefinitions.ReadLegacyFunctions(root, sink);

        OutputSchema.ReadResponseFormat(root, sink);

        // Predicted output is fed to the model as draft text it may copy.
        if (JsonShape.TryGetObject(root, "prediction", out var prediction) && prediction.TryGetProperty("content", out var predicted))
        {
            ContentPartsReader.Read(predicted, "prediction.content", sink, null, ContentKind.Text);
        }

        ReadDataSources(root, sink);
    }

    // Azure "on your data": role_information is a system message the service adds for the model.
    private static void ReadDataSources(JsonElement root, PartSink sink)
    {
        if (!JsonShape.TryGetArray(root, "data_sources", out var sources))
        {
            return;
        }

        int index = 0;
        foreach (var source in sources.EnumerateArray())
        {
            string path = $"data_sources[{index++}].parameters";
            if (JsonShape.TryGetObject(source, "parameters", out var parameters))
            {
                sink.AddProperty(ContentKind.Text, parameters, "role_information", path, Roles.System);
            }
        }
    }
}
