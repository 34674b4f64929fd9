using PolicyGateway.Emulator.Hosting;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>images/generations (JSON) and images/edits (multipart), returning a tiny PNG as URL or base64.</summary>
internal static class ImagesEndpoint
{
    public static async Task GenerateAsync(HttpContext context)
    {
        using var document = context.TryParseJsonBody();
        if (document is null)
        {
            await AzureErrors.WriteMalformedJsonAsync(context).ConfigureAwait(false);
            return;
        }

        var body = document.RootElement;
        var prompt = MessageText.GetString(body, "prompt");
        if (prompt is null)
        {
            await AzureErrors.WriteMissingParameterAsync(context, "prompt").ConfigureAwait(false);
            return;
        }

        var model = context.ResolveModel(body);
        await WriteImagesAsync(context, prompt, MessageText.GetInt(body, "n") ?? 1, UsesBase64(model, MessageText.GetString(body, "response_format"))).ConfigureAwait(false);
    }

    public static async Task EditAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            await AzureErrors.WriteInvalidRequestAsync(context, "Invalid content type. Expected multipart/form-data.", param: null, code: null).ConfigureAwait(false);
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var prompt = form["prompt"].ToString();
        if (prompt.Length == 0 || form.Files.Count == 0)
        {
            await AzureErrors.WriteMissingParameterAsync(context, prompt.Length == 0 ? "prompt" : "image").ConfigureAwait(false);
            return;
        }

        var n = int.TryParse(form["n"], out var count) ? count : 1;
        var model = context.Request.RouteValues["deployment"] as string ?? form["model"].ToString();
        await WriteImagesAsync(context, prompt, n, UsesBase64(model, form["response_format"].ToString())).ConfigureAwait(false);
    }

    // gpt-image models always answer in base64; DALL-E answers with URLs unless asked otherwise.
    private static bool UsesBase64(string model, string? responseFormat) =>
        responseFormat == "b64_json" || model.StartsWith("gpt-image", StringComparison.OrdinalIgnoreCase);

    private static Task WriteImagesAsync(HttpContext context, string prompt, int n, bool base64)
    {
        var url = $"{context.Request.Scheme}://{context.Request.Host}{EmulatedImage.Path}";
        var revised = ReplyText.Plan(prompt, maxTokens: null).Text.Replace("Emulated reply", "Emulated image", StringComparison.Ordinal);
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, (n: Math.Clamp(n, 1, 10), base64, url, revised), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteNumber("created", EmulatorIds.UnixNow());
            w.WriteStartArray("data");
            for (var i = 0; i < s.n; i++)
            {
                w.WriteStartObject();
                if (s.base64)
                {
                    w.WriteString("b64_json", EmulatedImage.Base64);
                }
                else
                {
                    w.WriteString("url", s.url);
                }

                w.WriteString("revised_prompt", s.revised);
                ContentFilterJson.WriteCompletionFilterResults(w);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
