using Microsoft.AspNetCore.Http.Features;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Hosting;

/// <summary>
/// Cross-cutting data-plane behaviour in the order Azure applies it: record, identify, delay, authenticate, forced failure, api-version.
/// </summary>
internal sealed class EmulatorMiddleware(RequestDelegate next, EmulatorOptions options, RequestRecorder recorder)
{
    public const string ControlPrefix = "/_emulator";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(ControlPrefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        context.Features.Set(new RequestBodyFeature(body));
        recorder.Add(new RecordedRequest(request.Method, RequestSnapshot.RawTarget(context), RequestSnapshot.CopyHeaders(request.Headers), body, options.Time.GetUtcNow()));

        var headers = context.Response.Headers;
        headers["apim-request-id"] = Guid.NewGuid().ToString();
        headers["x-request-id"] = Guid.NewGuid().ToString();
        headers["x-ms-region"] = options.Region;

        await Pacing.DelayAsync(options.Latency, options.Time, context.RequestAborted).ConfigureAwait(false);

        if (!IsAuthorized(request, options.ApiKey))
        {
            await AzureErrors.WriteUnauthorizedAsync(context).ConfigureAwait(false);
            return;
        }

        if (options.FailWithStatus is int status)
        {
            await AzureErrors.WriteFailureAsync(context, status).ConfigureAwait(false);
            return;
        }

        if (RequiresApiVersion(request.Path) && string.IsNullOrEmpty(request.Query["api-version"]))
        {
            await AzureErrors.WriteNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>Everything under /openai except the v1 API needs api-version; Azure answers 404 without it.</summary>
    private static bool RequiresApiVersion(PathString path) =>
        path.StartsWithSegments("/openai", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/openai/v1", StringComparison.OrdinalIgnoreCase);

    private static bool IsAuthorized(HttpRequest request, string? apiKey)
    {
        if (string.IsNullOrEmpty(apiKey))
        {
            return true;
        }

        if (string.Equals(request.Headers["api-key"], apiKey, StringComparison.Ordinal)
            || string.Equals(request.Query["api-key"], apiKey, StringComparison.Ordinal))
        {
            return true;
        }

        string? authorization = request.Headers.Authorization;
        const string bearer = "Bearer ";
        return authorization is not null
            && authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase)
            && string.Equals(authorization[bearer.Length..].Trim(), apiKey, StringComparison.Ordinal);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        var canHaveBody = context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
        if (!canHaveBody || context.WebSockets.IsWebSocketRequest)
        {
            return [];
        }

        var request = context.Request;
        byte[] body;
        if (request.ContentLength is long length && length <= Array.MaxLength)
        {
            body = new byte[length];
            await request.Body.ReadExactlyAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
        else
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            body = buffer.ToArray();
        }

        // Handlers that read forms need the body again, so it is replayed from memory.
        request.Body = new MemoryStream(body, writable: false);
        return body;
    }
}
