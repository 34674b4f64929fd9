using System.Text.Json;
using PolicyGateway.Emulator.Hosting;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>POST responses: a completed response object, or the named SSE event sequence of a streamed one.</summary>
internal sealed class ResponsesEndpoint(EmulatorOptions options)
{
    private readonly BoundedStore<ResponseObject> _stored = new(capacity: 1000);

    public async Task HandleAsync(HttpContext context)
    {
        using var document = context.TryParseJsonBody();
        if (document is null)
        {
            await AzureErrors.WriteMalformedJsonAsync(context).ConfigureAwait(false);
            return;
        }

        var body = document.RootElement;
        var model = context.ResolveModel(body);
        if (model.Length == 0)
        {
            await AzureErrors.WriteMissingParameterAsync(context, "model").ConfigureAwait(false);
            return;
        }

        var (userText, inputChars) = InputText(body);
        var instructions = MessageText.GetString(body, "instructions");
        var response = new ResponseObject(
            EmulatorIds.New("resp_"),
            EmulatorIds.New("msg_"),
            EmulatorIds.UnixNow(),
            model,
            instructions,
            ReplyText.Plan(userText, MessageText.GetInt(body, "max_output_tokens")),
            ReplyText.EstimateTokens(inputChars + (instructions?.Length ?? 0)));
        context.AddRateLimitHeaders(response.InputTokens + response.Reply.TokenCount);
        if (!body.TryGetProperty("store", out var store) || store.ValueKind != JsonValueKind.False)
        {
            _stored.Set(response.Id, response);
        }

        if (MessageText.GetBool(body, "stream"))
        {
            await StreamAsync(context, response).ConfigureAwait(false);
        }
        else
        {
            await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, response, static (w, r) => r.Write(w, finished: true)).ConfigureAwait(false);
        }
    }

    public Task GetAsync(HttpContext context) =>
        _stored.Find(ResponseId(context)) is { } response
            ? JsonResponse.WriteAsync(context, StatusCodes.Status200OK, response, static (w, r) => r.Write(w, finished: true))
            : WriteNotFoundAsync(context);

    public Task DeleteAsync(HttpContext context)
    {
        var id = ResponseId(context);
        if (!_stored.Remove(id))
        {
            return WriteNotFoundAsync(context);
        }

        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, id, static (w, responseId) =>
        {
            w.WriteStartObject();
            w.WriteString("id", responseId);
            w.WriteString("object", "response");
            w.WriteBoolean("deleted", true);
            w.WriteEndObject();
        });
    }

    private static string ResponseId(HttpContext context) => (string)context.Request.RouteValues["responseId"]!;

    private static Task WriteNotFoundAsync(HttpContext context) =>
        AzureErrors.WriteInvalidRequestAsync(context, $"Response with id '{ResponseId(context)}' not found.", param: null, code: null, StatusCodes.Status404NotFound);

    private static (string UserText, int Chars) InputText(JsonElement body)
    {
        if (!body.TryGetProperty("input", out var input))
        {
            return ("", 0);
        }

        if (input.ValueKind == JsonValueKind.String)
        {
            var text = input.GetString() ?? "";
            return (text, text.Length);
        }

        return input.ValueKind == JsonValueKind.Array ? MessageText.FromMessages(input) : ("", 0);
    }

    private async Task StreamAsync(HttpContext context, ResponseObject response)
    {
        var stream = new ResponseEventStream(SseWriter.Start(context));
        await stream.WriteAsync("response.created", response, static (w, r) => r.Write(w, finished: false), "response").ConfigureAwait(false);
        await stream.WriteAsync("response.in_progress", response, static (w, r) => r.Write(w, finished: false), "response").ConfigureAwait(false);
        await stream.WriteAsync("response.output_item.added", response, static (w, r) =>
        {
            w.WriteNumber("output_index", 0);
            w.WritePropertyName("item");
            r.WriteMessage(w, finished: false);
        }).ConfigureAwait(false);
        await stream.WriteAsync("response.content_part.added", response, static (w, r) =>
        {
            WritePartPosition(w, r);
            w.WritePropertyName("part");
            ResponseObject.WriteTextPart(w, "");
        }).ConfigureAwait(false);

        foreach (var token in response.Reply.Tokens)
        {
            await Pacing.DelayAsync(options.TokenDelay, options.Time, context.RequestAborted).ConfigureAwait(false);
            await stream.WriteAsync("response.output_text.delta", (response, token), static (w, s) =>
            {
                WritePartPosition(w, s.response);
                w.WriteString("delta", s.token);
                w.WriteStartArray("logprobs");
                w.WriteEndArray();
            }).ConfigureAwait(false);
        }

        await stream.WriteAsync("response.output_text.done", response, static (w, r) =>
        {
            WritePartPosition(w, r);
            w.WriteString("text", r.Reply.Text);
            w.WriteStartArray("logprobs");
            w.WriteEndArray();
        }).ConfigureAwait(false);
        await stream.WriteAsync("response.content_part.done", response, static (w, r) =>
        {
            WritePartPosition(w, r);
            w.WritePropertyName("part");
            ResponseObject.WriteTextPart(w, r.Reply.Text);
        }).ConfigureAwait(false);
        await stream.WriteAsync("response.output_item.done", response, static (w, r) =>
        {
            w.WriteNumber("output_index", 0);
            w.WritePropertyName("item");
            r.WriteMessage(w, finished: true);
        }).ConfigureAwait(false);
        var final = response.Truncated ? "response.incomplete" : "response.completed";
        await stream.WriteAsync(final, response, static (w, r) => r.Write(w, finished: true), "response").ConfigureAwait(false);
    }

    private static void WritePartPosition(Utf8JsonWriter w, ResponseObject r)
    {
        w.WriteString("item_id", r.MessageId);
        w.WriteNumber("output_index", 0);
        w.WriteNumber("content_index", 0);
    }
}
