using System.Text.Json;
using Microsoft.ML.Tokenizers;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Turns a prompt given as token ids back into the text the model reads. The request does not say which tokenizer
/// its deployment uses, so the ids are decoded with both encodings Azure OpenAI models use (o200k_base for gpt-4o and
/// later, cl100k_base for gpt-4, gpt-3.5 and the embeddings models) and both readings are inspected: a prohibited
/// prompt is found whichever model it was written for.
/// </summary>
internal static class TokenPrompts
{
    // Loading an encoding parses a multi-megabyte vocabulary: done once, on first use, because token prompts are rare.
    private static readonly Lazy<Tokenizer> O200k = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));
    private static readonly Lazy<Tokenizer> Cl100k = new(() => TiktokenTokenizer.CreateForEncoding("cl100k_base"));

    /// <summary>Adds one text part per encoding that can decode every id.</summary>
    /// <exception cref="ContentParseException">An entry is not a non-negative integer, or no encoding knows every id.</exception>
    public static void Add(PartSink sink, string path, JsonElement tokens)
    {
        var ids = new int[tokens.GetArrayLength()];
        var index = 0;
        foreach (var item in tokens.EnumerateArray())
        {
            // Mixed arrays must not hide a string among numbers: every entry is a token id or the body is refused.
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var id) || id < 0)
            {
                throw new ContentParseException($"{path}[{index}] is not a token id (a non-negative integer).", path);
            }
            ids[index++] = id;
        }

        var decoded = 0;
        decoded += AddDecoded(sink, path, "o200k_base", O200k.Value, ids) ? 1 : 0;
        decoded += AddDecoded(sink, path, "cl100k_base", Cl100k.Value, ids) ? 1 : 0;
        if (decoded == 0 && ids.Length > 0)
        {
            throw new ContentParseException($"The token ids at {path} are not valid in the o200k_base or cl100k_base encoding.", path);
        }
    }

    private static bool AddDecoded(PartSink sink, string path, string encoding, Tokenizer tokenizer, int[] ids)
    {
        string? text;
        try
        {
            text = tokenizer.Decode(ids);
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or InvalidOperationException)
        {
            // An id outside this encoding's vocabulary: the prompt was not written for it.
            return false;
        }
        if (text is null)
        {
            return false;
        }
        if (text.Length > 0)
        {
            sink.Add(ContentKind.Text, $"{path}#{encoding}", text, role: Roles.User);
        }
        return true;
    }
}
