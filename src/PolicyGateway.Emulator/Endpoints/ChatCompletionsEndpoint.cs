using System.Text.Json;
using PolicyGateway.Emulator.Hosting;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>POST chat/completions, JSON or SSE, shaped as Azure returns it (with content-filter annotations).</summary>
internal sealed class ChatCompletionsEndpoint(EmulatorOptions options)
{
    private const string SystemFingerprint = "fp_emulated";

    public async Task HandleAsync(HttpContext context)
    {
        using var document = context.TryParseJsonBody();
        if (document is null)
        {
            await AzureErrors.WriteMalformedJsonAsync(context).ConfigureAwait(false);
            return;
        }

        var body = document.RootElement;
        if (!body.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            await AzureErrors.WriteMissingParameterAsync(context, "messages").ConfigureAwait(false);
            return;
        }

        var (userText, promptChars) = MessageText.FromMessages(messages);
        var request = ChatRequest.Create("chatcmpl-", context.ResolveModel(body), userText, promptChars, body);
        context.AddRateLimitHeaders(request.PromptTokens + request.CompletionTokens);

        if (request.Stream)
        {
            await StreamAsync(context, request).ConfigureAwait(false);
        }
        else
        {
            await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, request, WriteCompletion).ConfigureAwait(false);
        }
    }

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
            w.WriteStartObject("message");
            w.WriteStartArray("annotations");
            w.WriteEndArray();
            w.WriteString("content", r.Reply.Text);
            w.WriteNull("refusal");
            w.WriteString("role", "assistant");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("created", r.Created);
        w.WriteString("id", r.Id);
        w.WriteString("model", r.Model);
        w.WriteString("object", "chat.completion");
        ContentFilterJson.WritePromptFilterResults(w);
        w.WriteString("system_fingerprint", SystemFingerprint);
        r.WriteUsage(w);
        w.WriteEndObject();
    }

    private async Task StreamAsync(HttpContext context, ChatRequest request)
    {
        var sse = SseWriter.Start(context);
        await sse.WriteAsync(0, static (w, _) => ChatRequest.WritePromptAnnotationChunk(w)).ConfigureAwait(false);
        for (var choice = 0; choice < request.Choices; choice++)
        {
            await sse.WriteAsync((request, choice), static (w, s) => WriteChunk(w, s.request, s.choice, ChunkKind.Role, null)).ConfigureAwait(false);
        }

        foreach (var token in request.Reply.Tokens)
        {
            await Pacing.DelayAsync(options.TokenDelay, options.Time, context.RequestAborted).ConfigureAwait(false);
            for (var choice = 0; choice < request.Choices; choice++)
            {
                await sse.WriteAsync((request, choice, token), static (w, s) => WriteChunk(w, s.request, s.choice, ChunkKind.Content, s.token)).ConfigureAwait(false);
            }
        }

        for (var choice = 0; choice < request.Choices; choice++)
        {
            await sse.WriteAsync((request, choice), static (w, s) => WriteChunk(w, s.request, s.choice, ChunkKind.Finish, null)).ConfigureAwait(false);
        }

        if (request.IncludeUsage)
        {
            await sse.WriteAsync(request, static (w, r) => WriteUsageChunk(w, r)).ConfigureAwait(false);
        }

        await sse.WriteDoneAsync().ConfigureAwait(false);
    }

    private static void WriteChunk(Utf8JsonWriter w, ChatRequest r, int choice, ChunkKind kind, string? token)
    {
        w.WriteStartObject();
        w.WriteStartArray("choices");
        w.WriteStartObject();
        if (kind == ChunkKind.Content)
        {
            ContentFilterJson.WriteCompletionFilterResults(w, includeProtectedMaterial: false);
        }
        else
        {
            ContentFilterJson.WriteEmptyFilterResults(w);
        }

        w.WriteStartObject("delta");
        switch (kind)
        {
            case ChunkKind.Role:
                w.WriteString("content", "");
                w.WriteNull("refusal");
                w.WriteString("role", "assistant");
                break;
            case ChunkKind.Content:
                w.WriteString("content", token);
                break;
        }

        w.WriteEndObject();
        if (kind == ChunkKind.Finish)
        {
            w.WriteString("finish_reason", r.Reply.FinishReason);
        }
        else
        {
            w.WriteNull("finish_reason");
        }

        w.WriteNumber("index", choice);
        w.WriteNull("logprobs");
        w.WriteEndObject();
        w.WriteEndArray();
        WriteChunkIdentity(w, r);
        if (r.IncludeUsage)
        {
            w.WriteNull("usage");
        }

        w.WriteEndObject();
    }

    // With include_usage the service appends one more chunk with no choices that carries the usage.
    private static void WriteUsageChunk(Utf8JsonWriter w, ChatRequest r)
    {
        w.WriteStartObject();
        w.WriteStartArray("choices");
        w.WriteEndArray();
        WriteChunkIdentity(w, r);
        r.WriteUsage(w);
        w.WriteEndObject();
    }

    private static void WriteChunkIdentity(Utf8JsonWriter w, ChatRequest r)
    {
        w.WriteNumber("created", r.Created);
        w.WriteString("id", r.Id);
        w.WriteString("model", r.Model);
        w.WriteString("object", "chat.completion.chunk");
        w.WriteString("system_fingerprint", SystemFingerprint);
    }
}
