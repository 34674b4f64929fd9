using System.Text.Json;
using PolicyGateway.Emulator.Hosting;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>
/// Assistants, threads, messages and runs. Stateless: creates echo the request, retrieves invent a plausible object,
/// which is enough for SDK calls to round-trip through the gateway.
/// </summary>
internal static class AssistantsEndpoint
{
    public static Task CreateAssistantAsync(HttpContext context) =>
        WithBodyAsync(context, (string?)null, static (w, body, _) => WriteAssistant(w, EmulatorIds.New("asst_"), body));

    public static Task GetAssistantAsync(HttpContext context) =>
        WriteAsync(context, Route(context, "assistantId"), static (w, id) => WriteAssistant(w, id, default));

    public static Task CreateThreadAsync(HttpContext context) =>
        WithBodyAsync(context, (string?)null, static (w, body, _) => WriteThread(w, EmulatorIds.New("thread_"), body));

    public static Task GetThreadAsync(HttpContext context) =>
        WriteAsync(context, Route(context, "threadId"), static (w, id) => WriteThread(w, id, default));

    public static Task CreateMessageAsync(HttpContext context) =>
        WithBodyAsync(context, Route(context, "threadId"), static (w, body, threadId) => WriteMessage(w, threadId!, body));

    public static Task ListMessagesAsync(HttpContext context) => WriteEmptyListAsync(context);

    public static Task CreateRunAsync(HttpContext context) =>
        WithBodyAsync(context, Route(context, "threadId"), static (w, body, threadId) => WriteRun(w, EmulatorIds.New("run_"), threadId!, body));

    public static Task GetRunAsync(HttpContext context) =>
        WriteAsync(context, (run: Route(context, "runId"), thread: Route(context, "threadId")), static (w, s) => WriteRun(w, s.run, s.thread, default));

    public static Task ListRunsAsync(HttpContext context) => WriteEmptyListAsync(context);

    public static Task WriteEmptyListAsync(HttpContext context) =>
        WriteAsync(context, 0, static (w, _) =>
        {
            w.WriteStartObject();
            w.WriteString("object", "list");
            w.WriteStartArray("data");
            w.WriteEndArray();
            FilesEndpoint.WriteListBounds(w, null, null);
            w.WriteEndObject();
        });

    public static async Task WithBodyAsync<TState>(HttpContext context, TState state, Action<Utf8JsonWriter, JsonElement, TState> write)
    {
        // Create calls accept an empty body (e.g. a bare thread), which the SDKs send as "{}" or nothing.
        var raw = context.GetBody();
        using var document = raw.Length == 0 ? JsonDocument.Parse("{}") : context.TryParseJsonBody();
        if (document is null)
        {
            await AzureErrors.WriteMalformedJsonAsync(context).ConfigureAwait(false);
            return;
        }

        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, (document.RootElement, state, write), static (w, s) => s.write(w, s.RootElement, s.state)).ConfigureAwait(false);
    }

    public static string Route(HttpContext context, string name) => (string)context.Request.RouteValues[name]!;

    private static Task WriteAsync<TState>(HttpContext context, TState state, Action<Utf8JsonWriter, TState> write) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status200OK, state, write);

    private static void WriteAssistant(Utf8JsonWriter w, string id, JsonElement body)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("object", "assistant");
        w.WriteNumber("created_at", EmulatorIds.UnixNow());
        JsonEcho.String(w, body, "name");
        JsonEcho.String(w, body, "description");
        JsonEcho.String(w, body, "model", "gpt-4o");
        JsonEcho.String(w, body, "instructions");
        JsonEcho.Value(w, body, "tools", "[]");
        JsonEcho.Value(w, body, "tool_resources", "{}");
        JsonEcho.Value(w, body, "metadata", "{}");
        JsonEcho.Value(w, body, "temperature", "1.0");
        JsonEcho.Value(w, body, "top_p", "1.0");
        JsonEcho.Value(w, body, "response_format", "\"auto\"");
        w.WriteEndObject();
    }

    private static void WriteThread(Utf8JsonWriter w, string id, JsonElement body)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("object", "thread");
        w.WriteNumber("created_at", EmulatorIds.UnixNow());
        JsonEcho.Value(w, body, "metadata", "{}");
        JsonEcho.Value(w, body, "tool_resources", "{}");
        w.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter w, string threadId, JsonElement body)
    {
        w.WriteStartObject();
        w.WriteString("id", EmulatorIds.New("msg_"));
        w.WriteString("object", "thread.message");
        w.WriteNumber("created_at", EmulatorIds.UnixNow());
        w.WriteNull("assistant_id");
        w.WriteString("thread_id", threadId);
        w.WriteNull("run_id");
        JsonEcho.String(w, body, "role", "user");
        w.WriteStartArray("content");
        if (body.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Array)
        {
            foreach (var part in content.EnumerateArray())
            {
                if (MessageText.GetString(part, "type") == "text")
                {
                    WriteTextContent(w, MessageText.GetString(part, "text") ?? "");
                }
                else
                {
                    part.WriteTo(w);
                }
            }
        }
        else
        {
            WriteTextContent(w, MessageText.GetString(body, "content") ?? "");
        }

        w.WriteEndArray();
        JsonEcho.Value(w, body, "attachments", "[]");
        JsonEcho.Value(w, body, "metadata", "{}");
        w.WriteString("status", "completed");
        w.WriteNull("incomplete_details");
        w.WriteNull("completed_at");
        w.WriteNull("incomplete_at");
        w.WriteEndObject();
    }

    private static void WriteTextContent(Utf8JsonWriter w, string text)
    {
        w.WriteStartObject();
        w.WriteString("type", "text");
        w.WriteStartObject("text");
        w.WriteString("value", text);
        w.WriteStartArray("annotations");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteRun(Utf8JsonWriter w, string id, string threadId, JsonElement body)
    {
        var now = EmulatorIds.UnixNow();
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("object", "thread.run");
        w.WriteNumber("created_at", now);
        JsonEcho.String(w, body, "assistant_id", "asst_emulated");
        w.WriteString("thread_id", threadId);
        w.WriteString("status", "queued");
        w.WriteNull("started_at");
        w.WriteNumber("expires_at", now + 600);
        w.WriteNull("cancelled_at");
        w.WriteNull("failed_at");
        w.WriteNull("completed_at");
        w.WriteNull("required_action");
        w.WriteNull("last_error");
        JsonEcho.String(w, body, "model", "gpt-4o");
        JsonEcho.String(w, body, "instructions", "");
        JsonEcho.Value(w, body, "tools", "[]");
        JsonEcho.Value(w, body, "metadata", "{}");
        w.WriteNull("usage");
        JsonEcho.Value(w, body, "temperature", "1.0");
        JsonEcho.Value(w, body, "top_p", "1.0");
        JsonEcho.Value(w, body, "max_prompt_tokens", "null");
        JsonEcho.Value(w, body, "max_completion_tokens", "null");
        w.WriteStartObject("truncation_strategy");
        w.WriteString("type", "auto");
        w.WriteNull("last_messages");
        w.WriteEndObject();
        w.WriteNull("incomplete_details");
        JsonEcho.Value(w, body, "response_format", "\"auto\"");
        JsonEcho.Value(w, body, "tool_choice", "\"auto\"");
        JsonEcho.Value(w, body, "parallel_tool_calls", "true");
        w.WriteEndObject();
    }
}
