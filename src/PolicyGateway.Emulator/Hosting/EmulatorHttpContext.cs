using System.Text.Json;

namespace PolicyGateway.Emulator.Hosting;

internal static class EmulatorHttpContext
{
    public static byte[] GetBody(this HttpContext context) => context.Features.Get<RequestBodyFeature>()?.Body ?? [];

    /// <summary>The body as a JSON object, or null when it is not one (the caller answers 400).</summary>
    public static JsonDocument? TryParseJsonBody(this HttpContext context)
    {
        var body = context.GetBody();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return null;
        }

        return document;
    }

    /// <summary>The deployment from the versioned route, else the body's <c>model</c> as the v1 API uses it.</summary>
    public static string ResolveModel(this HttpContext context, JsonElement body) =>
        context.Request.RouteValues["deployment"] as string
        ?? Protocol.MessageText.GetString(body, "model")
        ?? "";

    /// <summary>Azure reports remaining quota on model calls; the numbers only need to look plausible.</summary>
    public static void AddRateLimitHeaders(this HttpContext context, int tokens)
    {
        var headers = context.Response.Headers;
        headers["x-ratelimit-remaining-requests"] = "999";
        headers["x-ratelimit-remaining-tokens"] = Math.Max(0, 1_000_000 - tokens).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
