using System.Text.Json;
using PolicyGateway.Emulator.Hosting;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>POST completions: the legacy text_completion shape, JSON or SSE.</summary>
internal sealed class CompletionsEndpoint(EmulatorOptions options)
{
    public async Task HandleAsync(HttpContext context)
    {
        using var document = context.TryParseJsonBody();
        if (document is null)
        {
            await AzureErrors.WriteMalformedJsonAsync(context).ConfigureAwait(false);
            return;
        }

        var body = document.RootElement;
        if (!body.TryGetProperty("prompt", out var prompt))
        {
            await AzureErrors.WriteMissingParameterAsync(context, "prompt").ConfigureAwait(false);
            return;
        }

        var promptText = PromptText(prompt);
        var request = ChatRequest.Create("cmpl-", context.ResolveModel(body), promptText, promptText.Length, body);
        context.AddRateLimitHeaders(request.PromptTokens + request.CompletionTokens);

        if (!request.Stream)
        {
            await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, request, WriteCompletion).ConfigureAwait(false);
            return;
        }

        var sse = SseWriter.Start(context);
        await sse.WriteAsync(0, static (w, _) => ChatRequest.WritePromptAnnotationChunk(w)).ConfigureAwait(false);
        foreach (var token in request.Reply.Tokens)
        {
            await Pacing.DelayAsync(options.TokenDelay, options.Time, context.RequestAborted).ConfigureAwait(false);
            for (var choice = 0; choice < request.Choices; choice++)
            {
                await sse.WriteAsync((request, choice, token), static (w, s) => WriteChunk(w, s.request, s.choice, s.token, null)).ConfigureAwait(false);
            }
        }

        for (var choice = 0; choice < request.Choices; choice++)
        {
            await sse.WriteAsync((request, choice), static (w, s) => WriteChunk(w, s.request, s.choice, "", s.request.Reply.FinishReason)).ConfigureAwait(false);
        }

        await sse.WriteDoneAsync().ConfigureAwait(false);
    }

    private static string PromptText(JsonElement prompt) => prompt.ValueKind switch
    {
        JsonValueKind.String => prompt.GetString() ?? "",
        JsonValueKind.Array => prompt.GetArrayLength() > 0 && prompt[0].ValueKind == JsonValueKind.String ? prompt[0].GetString() ?? "" : "",
        _ => "",
    };

    private static void WriteCompletion(Utf8JsonWriter w, ChatRequest r)
    {
        w.WriteStartObject();
        w.WriteStartArray("choices");
        for (var i = 0; i < r.Choices; i++)
        {
            w.WriteStartObject();
            ContentFilterJson.WriteCompletionFilterResults(w);
            w.WriteString("finish_reason", r.Reply.FinishReason);
            w.WriteNumber("index", i);
            w.WriteNull("logprobs");
            w.WriteString("text", r.Reply.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("created", r.Created);
        w.WriteString("id", r.Id);
        w.WriteString("model", r.Model);
        w.WriteString("object", "text_completion");
        ContentFilterJson.WritePromptFilterResults(w);
        w.WriteStartObject("usage");
        w.WriteNumber("completion_tokens", r.CompletionTokens);
        w.WriteNumber("prompt_tokens", r.PromptTokens);
        w.WriteNumber("total_tokens", r.PromptTokens + r.CompletionTokens);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteChunk(Utf8JsonWriter w, ChatRequest r, int choice, string text, string? finishReason)
    {
        w.WriteStartObject();
        w.WriteStartArray("choices");
        w.WriteStartObject();
        ContentFilterJson.WriteCompletionFilterResults(w, includeProtectedMaterial: false);
        if (finishReason is null)
        {
            w.WriteNull("finish_reason");
        }
        else
        {
            w.WriteString("finish_reason", finishReason);
        }

        w.WriteNumber("index", choice);
        w.WriteNull("logprobs");
        w.WriteString("text", text);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteNumber("created", r.Created);
        w.WriteString("id", r.Id);
        w.WriteString("model", r.Model);
        w.WriteString("object", "text_completion");
        w.WriteEndObject();
    }
}
