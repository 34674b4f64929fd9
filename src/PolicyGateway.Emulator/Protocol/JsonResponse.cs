using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyGateway.Emulator.Protocol;

/// <summary>Writes JSON bodies with hand-written writers, so the hot path needs no reflection-based serialization.</summary>
internal static class JsonResponse
{
    // The real service sends non-ASCII text as UTF-8, not as \u escapes.
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync<TState>(HttpContext context, int status, TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, state);
        }

        return WriteRawAsync(context, status, "application/json", buffer.WrittenMemory);
    }

    public static Task WriteRawAsync(HttpContext context, int status, string contentType, ReadOnlyMemory<byte> body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
