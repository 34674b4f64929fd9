using System.Text;
using System.Text.Json;

namespace PolicyGateway.Emulator.Protocol;

/// <summary>Error bodies byte-for-byte as Azure OpenAI sends them.</summary>
internal static class AzureErrors
{
    // Azure's gateway really sends a space after "message": in this body.
    private static readonly byte[] NotFoundBody = Encoding.UTF8.GetBytes("""{"error":{"code":"404","message": "Resource not found"}}""");

    private static readonly byte[] UnauthorizedBody = Encoding.UTF8.GetBytes(
        """{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}""");

    public const string MalformedJsonMessage =
        "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)";

    public static Task WriteNotFoundAsync(HttpContext context) =>
        JsonResponse.WriteRawAsync(context, StatusCodes.Status404NotFound, "application/json", NotFoundBody);

    public static Task WriteUnauthorizedAsync(HttpContext context) =>
        JsonResponse.WriteRawAsync(context, StatusCodes.Status401Unauthorized, "application/json", UnauthorizedBody);

    public static Task WriteMalformedJsonAsync(HttpContext context) =>
        WriteInvalidRequestAsync(context, MalformedJsonMessage, param: null, code: null);

    public static Task WriteMissingParameterAsync(HttpContext context, string param) =>
        WriteInvalidRequestAsync(context, $"Missing required parameter: '{param}'.", param, "missing_required_parameter");

    /// <summary>The OpenAI-style envelope that model endpoints use for request validation errors.</summary>
    public static Task WriteInvalidRequestAsync(HttpContext context, string message, string? param, string? code, int status = StatusCodes.Status400BadRequest) =>
        JsonResponse.WriteAsync(context, status, (message, param, code), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteStartObject("error");
            w.WriteString("message", s.message);
            w.WriteString("type", "invalid_request_error");
            WriteNullableString(w, "param", s.param);
            WriteNullableString(w, "code", s.code);
            w.WriteEndObject();
            w.WriteEndObject();
        });

    /// <summary>Answers a forced failure the way Azure reports that status (used by failover and health tests).</summary>
    public static Task WriteFailureAsync(HttpContext context, int status)
    {
        switch (status)
        {
            case StatusCodes.Status401Unauthorized:
                return WriteUnauthorizedAsync(context);
            case StatusCodes.Status404NotFound:
                return WriteNotFoundAsync(context);
            case StatusCodes.Status400BadRequest:
                return WriteInvalidRequestAsync(context, "Emulated failure: the request was rejected.", param: null, code: null);
            case StatusCodes.Status429TooManyRequests:
                context.Response.Headers.RetryAfter = "1";
                return WriteCodeMessageAsync(context, status, "429",
                    "Requests to the ChatCompletions_Create Operation under Azure OpenAI API have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 1 second.");
            case StatusCodes.Status500InternalServerError:
                return WriteServerErrorAsync(context, status,
                    "The server had an error processing your request. Sorry about that! You can retry your request if you keep seeing this error.");
            case StatusCodes.Status503ServiceUnavailable:
                return WriteCodeMessageAsync(context, status, "ServiceUnavailable",
                    "The service is temporarily unable to process your request. Please try again later.");
            default:
                return WriteCodeMessageAsync(context, status, status.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"Emulated failure with status {status}.");
        }
    }

    private static Task WriteServerErrorAsync(HttpContext context, int status, string message) =>
        JsonResponse.WriteAsync(context, status, message, static (w, m) =>
        {
            w.WriteStartObject();
            w.WriteStartObject("error");
            w.WriteString("message", m);
            w.WriteString("type", "server_error");
            w.WriteNull("param");
            w.WriteNull("code");
            w.WriteEndObject();
            w.WriteEndObject();
        });

    private static Task WriteCodeMessageAsync(HttpContext context, int status, string code, string message) =>
        JsonResponse.WriteAsync(context, status, (code, message), static (w, s) =>
        {
            w.WriteStartObject();
            w.WriteStartObject("error");
            w.WriteString("code", s.code);
            w.WriteString("message", s.message);
            w.WriteEndObject();
            w.WriteEndObject();
        });

    private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
