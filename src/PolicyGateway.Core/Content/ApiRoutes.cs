using PolicyGateway.Content.Routing;

namespace PolicyGateway.Content;

/// <summary>Maps a request's method and path to the Azure OpenAI operation it targets; runs on every request, so it does not allocate beyond the deployment name.</summary>
public static class ApiRoutes
{
    private static readonly ApiRoute NotOpenAi = new(ApiKind.Other, null, false);

    /// <param name="path">The request path (a query string, if present, is ignored), e.g. <c>/openai/deployments/gpt-4o/chat/completions</c>.</param>
    public static ApiRoute Classify(string method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);

        var span = path.AsSpan();
        int query = span.IndexOfAny('?', '#');
        if (query >= 0)
        {
            span = span[..query];
        }

        var segments = new PathSegments(span);
        if (!segments.TryNext(out var segment) || !Is(segment, "openai"))
        {
            return NotOpenAi;
        }

        // Everything under /openai/ is forwarded, so a write the gateway has no specific reader for (fine-tuning,
        // evals, uploads, containers, APIs newer than this code) is still read, generically, rather than let through.
        var write = CanCarryBody(method);
        var unknown = new ApiRoute(ApiKind.Other, null, write);
        if (!segments.TryNext(out segment) || (Is(segment, "v1") && !segments.TryNext(out segment)))
        {
            return unknown;
        }

        string? deployment = null;
        if (Is(segment, "deployments"))
        {
            if (!segments.TryNext(out var name) || !segments.TryNext(out segment))
            {
                return unknown;
            }

            deployment = name.Contains('%') ? Uri.UnescapeDataString(name.ToString()) : name.ToString();
        }

        var (kind, inspected) = Operation(segment, ref segments, write);
        if (kind == ApiKind.Other)
        {
            return new ApiRoute(kind, deployment, write);
        }

        // The single inspection invariant: every method that can carry a body is read. Writes the specific readers do not
        // claim (a sub-path, an action, an API newer than this code) are read generically instead of passed through.
        return write && !inspected ? new ApiRoute(kind, deployment, true, ReadGenerically: true) : new ApiRoute(kind, deployment, inspected);
    }

    /// <summary>
    /// Classifies the <c>url</c> of a batch JSONL line (<c>/chat/completions</c>, <c>/v1/responses</c>, <c>/openai/deployments/x/embeddings</c>)
    /// as if it were POSTed to the gateway.
    /// </summary>
    internal static ApiRoute ClassifyBatchUrl(string url)
    {
        if (url.StartsWith("/openai/", StringComparison.OrdinalIgnoreCase))
        {
            return Classify("POST", url);
        }

        var relative = url.StartsWith("/v1/", StringComparison.OrdinalIgnoreCase) ? url.AsSpan(3) : url.AsSpan();
        return Classify("POST", string.Concat("/openai/v1/", relative.TrimStart('/')));
    }

    /// <summary>
    /// Only GET, HEAD, DELETE and OPTIONS never carry a body (the gateway refuses one on them); anything else (POST, and
    /// PUT/PATCH should a client try) is read.
    /// </summary>
    public static bool CanCarryBody(string method) =>
        !(method.Equals("GET", StringComparison.OrdinalIgnoreCase)
          || method.Equals("HEAD", StringComparison.OrdinalIgnoreCase)
          || method.Equals("DELETE", StringComparison.OrdinalIgnoreCase)
          || method.Equals("OPTIONS", StringComparison.OrdinalIgnoreCase));

    private static (ApiKind Kind, bool Inspected) Operation(ReadOnlySpan<char> first, ref PathSegments rest, bool write)
    {
        if (Is(first, "chat"))
        {
            return Exactly(ref rest, "completions", ApiKind.ChatCompletions, write);
        }

        if (Is(first, "completions"))
        {
            return rest.AtEnd ? (ApiKind.Completions, write) : (ApiKind.Other, false);
        }

        if (Is(first, "embeddings"))
        {
            return rest.AtEnd ? (ApiKind.Embeddings, write) : (ApiKind.Other, false);
        }

        if (Is(first, "images"))
        {
            return Images(ref rest, write);
        }

        if (Is(first, "audio"))
        {
            return Audio(ref rest, write);
        }

        if (Is(first, "extensions") && rest.TryNext(out var chat) && Is(chat, "chat"))
        {
            // The retired "on your data" path; Azure still routes it to chat completions.
            return Exactly(ref rest, "completions", ApiKind.ChatCompletions, write);
        }

        if (Is(first, "responses"))
        {
            return (ApiKind.Responses, write && rest.AtEnd);
        }

        if (Is(first, "files"))
        {
            // Azure's files/import pulls a file from blob storage: its URL is all the gateway can report.
            return (ApiKind.Files, write && (rest.AtEnd || Is(rest.Last, "import")));
        }

        if (Is(first, "batches"))
        {
            return (ApiKind.Batches, write && rest.AtEnd);
        }

        if (Is(first, "assistants"))
        {
            return (ApiKind.Assistants, write);
        }

        if (Is(first, "threads"))
        {
            // Create, modify, messages, runs and submit_tool_outputs all carry text; only cancel is a bare command.
            return (ApiKind.Threads, write && !Is(rest.Last, "cancel"));
        }

        if (Is(first, "conversations"))
        {
            return (ApiKind.Conversations, write && (rest.AtEnd || Is(rest.Last, "items")));
        }

        if (Is(first, "realtime"))
        {
            // The bare path is the WebSocket upgrade (a GET); its content arrives later as events.
            return (ApiKind.Realtime, rest.AtEnd || write);
        }

        if (Is(first, "realtimeapi"))
        {
            return (ApiKind.Realtime, write);
        }

        if (Is(first, "vector_stores"))
        {
            return (ApiKind.VectorStores, false);
        }

        if (Is(first, "models"))
        {
            return (ApiKind.Models, false);
        }

        return (ApiKind.Other, false);
    }

    private static (ApiKind, bool) Images(ref PathSegments rest, bool write)
    {
        if (!rest.TryNext(out var operation) || !rest.AtEnd)
        {
            return (ApiKind.Other, false);
        }

        // "generations:submit" is the DALL-E 2 preview's asynchronous form of the same request.
        if (Is(operation, "generations") || Is(operation, "generations:submit"))
        {
            return (ApiKind.ImageGenerations, write);
        }

        return Is(operation, "edits") ? (ApiKind.ImageEdits, write) : (ApiKind.Other, false);
    }

    private static (ApiKind, bool) Audio(ref PathSegments rest, bool write)
    {
        if (!rest.TryNext(out var operation) || !rest.AtEnd)
        {
            return (ApiKind.Other, false);
        }

        if (Is(operation, "transcriptions"))
        {
            return (ApiKind.AudioTranscriptions, write);
        }

        if (Is(operation, "translations"))
        {
            return (ApiKind.AudioTranslations, write);
        }

        return Is(operation, "speech") ? (ApiKind.AudioSpeech, write) : (ApiKind.Other, false);
    }

    private static (ApiKind, bool) Exactly(ref PathSegments rest, string last, ApiKind kind, bool write) =>
        rest.TryNext(out var segment) && Is(segment, last) && rest.AtEnd ? (kind, write) : (ApiKind.Other, false);

    private static bool Is(ReadOnlySpan<char> segment, string value) => segment.Equals(value, StringComparison.OrdinalIgnoreCase);
}
