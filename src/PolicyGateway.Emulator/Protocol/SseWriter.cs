using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace PolicyGateway.Emulator.Protocol;

/// <summary>
/// Writes server-sent events and flushes each one, so a client sees every chunk as soon as it is produced.
/// </summary>
internal sealed class SseWriter
{
    private static readonly byte[] EventPrefix = "event: "u8.ToArray();
    private static readonly byte[] DataPrefix = "data: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] Done = "data: [DONE]\n\n"u8.ToArray();

    private readonly HttpContext _context;
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;

    private SseWriter(HttpContext context)
    {
        _context = context;
        _json = new Utf8JsonWriter(_buffer, JsonResponse.WriterOptions);
    }

    public static SseWriter Start(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        return new SseWriter(context);
    }

    public Task WriteAsync<TState>(TState state, Action<Utf8JsonWriter, TState> write) => WriteAsync(null, state, write);

    public async Task WriteAsync<TState>(string? eventName, TState state, Action<Utf8JsonWriter, TState> write)
    {
        _buffer.ResetWrittenCount();
        if (eventName is not null)
        {
            _buffer.Write(EventPrefix);
            System.Text.EncodingExtensions.GetBytes(System.Text.Encoding.UTF8, eventName.AsSpan(), _buffer);
            _buffer.Write("\n"u8);
        }

        _buffer.Write(DataPrefix);
        _json.Reset(_buffer);
        write(_json, state);
        _json.Flush();
        _buffer.Write(EventEnd);
        await SendAsync(_buffer.WrittenMemory).ConfigureAwait(false);
    }

    public Task WriteDoneAsync() => SendAsync(Done);

    private async Task SendAsync(ReadOnlyMemory<byte> bytes)
    {
        var body = _context.Response.Body;
        await body.WriteAsync(bytes, _context.RequestAborted).ConfigureAwait(false);
        await body.FlushAsync(_context.RequestAborted).ConfigureAwait(false);
    }
}
