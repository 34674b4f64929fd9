using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// A responses body: <c>instructions</c>, <c>input</c>, tools, <c>text.format</c> and prompt-template variables.
/// <c>previous_response_id</c> and <c>conversation</c> point to server-side context that was inspected when it was sent.
/// </summary>
internal static class ResponsesReader
{
    public static void Read(JsonElement root, PartSink sink)
    {
        if (root.TryGetProperty("instructions", out var instructions))
        {
            if (instructions.ValueKind == JsonValueKind.Array)
            {
                ResponseItemsReader.Read(instructions, "instructions", sink);
            }
            else
            {
                sink.AddString(ContentKind.Text, "instructions", instructions, Roles.System);
            }
        }

        if (root.TryGetProperty("input", out var input))
        {
            ResponseItemsReader.Read(input, "input", sink);
        }

        ToolDefinitions.Read(root, "tools", sink);

        if (JsonShape.TryGetObject(root, "text", out var text) && JsonShape.TryGetObject(text, "format", out var format))
        {
            OutputSchema.Read(format, "text.format", sink);
        }

        ReadPromptVariables(root, sink);
    }

    // A stored prompt's variables are substituted into its text; each may be a string or an input part.
    private static void ReadPromptVariables(JsonElement root, PartSink sink)
    {
        if (!JsonShape.TryGetObject(root, "prompt", out var prompt) || !JsonShape.TryGetObject(prompt, "variables", out var variables))
        {
            return;
        }

        foreach (var variable in variables.EnumerateObject())
        {
            ContentPartsReader.ReadPart(variable.Value, $"prompt.variables.{variable.Name}", sink, Roles.User, ContentKind.Text);
        }
    }
}
