using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Assistants API bodies. Creating or modifying an assistant, a thread, a message or a run, create-and-run
/// (<c>/threads/runs</c>) and <c>submit_tool_outputs</c> use distinct field names, so one reader covers every route:
/// the body's own fields say which it is.
/// </summary>
internal static class AssistantsReader
{
    public static void Read(JsonElement root, PartSink sink)
    {
        sink.AddProperty(ContentKind.Text, root, "description", "");
        sink.AddProperty(ContentKind.Text, root, "instructions", "", Roles.System);
        sink.AddProperty(ContentKind.Text, root, "additional_instructions", "", Roles.System);
        ToolDefinitions.Read(root, "tools", sink);
        OutputSchema.ReadResponseFormat(root, sink);

        // A message create body is itself one message (whose reader also takes its name).
        if (root.TryGetProperty("content", out _))
        {
            MessagesReader.ReadMessage(root, "", sink);
        }
        else
        {
            sink.AddProperty(ContentKind.Text, root, "name", "");
        }

        if (root.TryGetProperty("messages", out var messages))
        {
            MessagesReader.Read(messages, "messages", sink);
        }

        if (root.TryGetProperty("additional_messages", out var additional))
        {
            MessagesReader.Read(additional, "additional_messages", sink);
        }

        if (JsonShape.TryGetObject(root, "thread", out var thread) && thread.TryGetProperty("messages", out var threadMessages))
        {
            MessagesReader.Read(threadMessages, "thread.messages", sink);
        }

        ReadToolOutputs(root, sink);
    }

    private static void ReadToolOutputs(JsonElement root, PartSink sink)
    {
        if (!JsonShape.TryGetArray(root, "tool_outputs", out var outputs))
        {
            return;
        }

        int index = 0;
        foreach (var output in outputs.EnumerateArray())
        {
            sink.AddProperty(ContentKind.ToolCall, output, "output", $"tool_outputs[{index++}]", Roles.Tool);
        }
    }
}
