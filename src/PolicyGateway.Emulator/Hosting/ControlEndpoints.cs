using System.Text;
using PolicyGateway.Emulator.Endpoints;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Hosting;

/// <summary>/_emulator endpoints for out-of-process scripts: the request log and the image that generated URLs point at.</summary>
internal sealed class ControlEndpoints(RequestRecorder recorder)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public Task ListRequestsAsync(HttpContext context) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status200OK, recorder.Snapshot(), static (w, requests) =>
        {
            w.WriteStartArray();
            foreach (var request in requests)
            {
                w.WriteStartObject();
                w.WriteString("method", request.Method);
                w.WriteString("pathAndQuery", request.PathAndQuery);
                w.WriteStartObject("headers");
                foreach (var (name, value) in request.Headers)
                {
                    w.WriteString(name, value);
                }

                w.WriteEndObject();
                w.WriteBase64String("bodyBase64", request.Body);
                if (TryDecode(request.Body) is { } text)
                {
                    w.WriteString("bodyText", text);
                }
                else
                {
                    w.WriteNull("bodyText");
                }

                w.WriteString("receivedAt", request.ReceivedAt);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });

    public Task ClearRequestsAsync(HttpContext context)
    {
        recorder.Clear();
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    public static Task ImageAsync(HttpContext context) =>
        JsonResponse.WriteRawAsync(context, StatusCodes.Status200OK, "image/png", EmulatedImage.Png);

    private static string? TryDecode(byte[] body)
    {
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
