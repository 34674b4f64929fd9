using System.Text.Json;
using PolicyGateway.Emulator.Hosting;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>POST embeddings: one deterministic vector per input, as floats or base64 like the real service.</summary>
internal static class EmbeddingsEndpoint
{
    public static async Task HandleAsync(HttpContext context)
    {
        using var document = context.TryParseJsonBody();
        if (document is null)
        {
            await AzureErrors.WriteMalformedJsonAsync(context).ConfigureAwait(false);
            return;
        }

        var body = document.RootElement;
        if (!body.TryGetProperty("input", out var input))
        {
            await AzureErrors.WriteMissingParameterAsync(context, "input").ConfigureAwait(false);
            return;
        }

        var inputs = Inputs(input);
        var promptTokens = 0;
        foreach (var text in inputs)
        {
            promptTokens += ReplyText.EstimateTokens(text.Length);
        }

        var dimensions = Math.Clamp(MessageText.GetInt(body, "dimensions") ?? EmbeddingVector.DefaultDimensions, 1, 4096);
        var base64 = MessageText.GetString(body, "encoding_format") == "base64";
        context.AddRateLimitHeaders(promptTokens);
        var state = (inputs, dimensions, base64, model: context.ResolveModel(body), promptTokens);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, state, static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteString("object", "list");
            w.WriteStartArray("data");
            for (var i = 0; i < s.inputs.Count; i++)
            {
                var vector = EmbeddingVector.For(s.inputs[i], s.dimensions);
                w.WriteStartObject();
                w.WriteString("object", "embedding");
                w.WriteNumber("index", i);
                if (s.base64)
                {
                    w.WriteString("embedding", EmbeddingVector.ToBase64(vector));
                }
                else
                {
                    w.WriteStartArray("embedding");
                    foreach (var value in vector)
                    {
                        w.WriteNumberValue(value);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("model", s.model);
            w.WriteStartObject("usage");
            w.WriteNumber("prompt_tokens", s.promptTokens);
            w.WriteNumber("total_tokens", s.promptTokens);
            w.WriteEndObject();
            w.WriteEndObject();
        }).ConfigureAwait(false);
    }

    // A string, an array of strings, a token array, or an array of token arrays; token arrays embed by their JSON text.
    private static List<string> Inputs(JsonElement input)
    {
        if (input.ValueKind == JsonValueKind.String)
        {
            return [input.GetString() ?? ""];
        }

        if (input.ValueKind != JsonValueKind.Array)
        {
            return [input.GetRawText()];
        }

        if (input.GetArrayLength() > 0 && input[0].ValueKind == JsonValueKind.Number)
        {
            return [input.GetRawText()];
        }

        var inputs = new List<string>(input.GetArrayLength());
        foreach (var item in input.EnumerateArray())
        {
            inputs.Add(item.ValueKind == JsonValueKind.String ? item.GetString() ?? "" : item.GetRawText());
        }

        return inputs;
    }
}
