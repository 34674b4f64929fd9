using System.Globalization;
using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// The older single-field APIs: completions <c>prompt</c>/<c>suffix</c>, embeddings <c>input</c>, image generation
/// <c>prompt</c>, speech <c>input</c>/<c>instructions</c>. Token-id arrays become a <see cref="ContentKind.Tokens"/> part
/// saying how many tokens there are, plus the text they decode to (<see cref="TokenPrompts"/>), which is inspected.
/// </summary>
internal static class PromptsReader
{
    public const string TokenCount = "tokens";

    public static void ReadCompletions(JsonElement root, PartSink sink)
    {
        ReadPrompt(root, "prompt", sink);
        sink.AddProperty(ContentKind.Text, root, "suffix", "");
    }

    public static void ReadEmbeddings(JsonElement root, PartSink sink) => ReadPrompt(root, "input", sink);

    public static void ReadImageGenerations(JsonElement root, PartSink sink) => sink.AddProperty(ContentKind.Text, root, "prompt", "");

    public static void ReadSpeech(JsonElement root, PartSink sink)
    {
        sink.AddProperty(ContentKind.Text, root, "input", "");
        sink.AddProperty(ContentKind.Text, root, "instructions", "");
    }

    /// <summary>A string, an array of strings, an array of token ids, or an array of token-id arrays.</summary>
    private static void ReadPrompt(JsonElement root, string name, PartSink sink)
    {
        if (!root.TryGetProperty(name, out var prompt))
        {
            return;
        }

        if (prompt.ValueKind == JsonValueKind.String)
        {
            sink.AddString(ContentKind.Text, name, prompt, Roles.User);
            return;
        }

        if (prompt.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        if (prompt.GetArrayLength() > 0 && prompt[0].ValueKind == JsonValueKind.Number)
        {
            AddTokens(sink, name, prompt);
            return;
        }

        int index = 0;
        foreach (var item in prompt.EnumerateArray())
        {
            string path = $"{name}[{index++}]";
            if (item.ValueKind == JsonValueKind.Array)
            {
                AddTokens(sink, path, item);
            }
            else if (item.ValueKind == JsonValueKind.String)
            {
                sink.AddString(ContentKind.Text, path, item, Roles.User);
            }
            else
            {
                // A number among strings would otherwise be skipped along with whatever the upstream makes of it.
                throw new ContentParseException($"{path} is neither a string nor an array of token ids.", path);
            }
        }
    }

    private static void AddTokens(PartSink sink, string path, JsonElement tokens)
    {
        sink.Add(ContentKind.Tokens, path, metadata: new Dictionary<string, string>(1)
        {
            [TokenCount] = tokens.GetArrayLength().ToString(CultureInfo.InvariantCulture),
        });
        TokenPrompts.Add(sink, path, tokens);
    }
}
