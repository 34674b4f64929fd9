using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyGateway.Errors;

/// <summary>
/// Writes the OpenAI error envelope <c>{"error":{"message","type","param","code"}}</c>, which the OpenAI and Azure SDKs
/// turn into a readable exception. <c>x-should-retry: false</c> stops the npm SDK retrying; no status used here is one
/// the .NET pipeline retries.
/// </summary>
public static class OpenAIError
{
    /// <summary>Relaxed escaping: these bodies are JSON for SDKs, never embedded in HTML, and "\u0027" in a message reads badly.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync(HttpContext context, int status, string type, string code, string message, string? param = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.Headers["x-should-retry"] = "false";
        response.Headers["x-request-id"] = context.TraceIdentifier;
        response.Headers["apim-request-id"] = context.TraceIdentifier;

        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256 + message.Length * 2);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartObject("error");
            json.WriteString("message", message);
            json.WriteString("type", type);
            if (param is null) json.WriteNull("param"); else json.WriteString("param", param);
            json.WriteString("code", code);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        response.ContentLength = buffer.WrittenCount;
        return response.Body.WriteAsync(buffer.WrittenMemory).AsTask();
    }
}
