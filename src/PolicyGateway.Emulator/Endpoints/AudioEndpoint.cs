using System.Buffers.Binary;
using System.Text;
using PolicyGateway.Emulator.Hosting;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>audio/transcriptions and audio/translations (multipart) and audio/speech (JSON in, audio bytes out).</summary>
internal static class AudioEndpoint
{
    private const int SampleRate = 24_000;

    public static Task TranscribeAsync(HttpContext context) => RecognizeAsync(context, "transcribe");

    public static Task TranslateAsync(HttpContext context) => RecognizeAsync(context, "translate");

    public static async Task SpeakAsync(HttpContext context)
    {
        using var document = context.TryParseJsonBody();
        if (document is null)
        {
            await AzureErrors.WriteMalformedJsonAsync(context).ConfigureAwait(false);
            return;
        }

        var body = document.RootElement;
        if (MessageText.GetString(body, "input") is null)
        {
            await AzureErrors.WriteMissingParameterAsync(context, "input").ConfigureAwait(false);
            return;
        }

        var format = MessageText.GetString(body, "response_format") ?? "mp3";
        var (contentType, audio) = format switch
        {
            "wav" => ("audio/wav", SilentWav()),
            "pcm" => ("audio/pcm", new byte[SampleRate / 10 * 2]),
            "opus" => ("audio/opus", "OggS"u8.ToArray()),
            "aac" => ("audio/aac", new byte[] { 0xFF, 0xF1, 0x50, 0x80, 0x00, 0x1F, 0xFC }),
            "flac" => ("audio/flac", "fLaC"u8.ToArray()),
            _ => ("audio/mpeg", new byte[] { 0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 }),
        };
        await JsonResponse.WriteRawAsync(context, StatusCodes.Status200OK, contentType, audio).ConfigureAwait(false);
    }

    private static async Task RecognizeAsync(HttpContext context, string task)
    {
        if (!context.Request.HasFormContentType)
        {
            await AzureErrors.WriteInvalidRequestAsync(context, "Invalid content type. Expected multipart/form-data.", param: null, code: null).ConfigureAwait(false);
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var file = form.Files.GetFile("file");
        if (file is null)
        {
            await AzureErrors.WriteMissingParameterAsync(context, "file").ConfigureAwait(false);
            return;
        }

        var text = $"Emulated {(task == "transcribe" ? "transcription" : "translation")} of {file.Length} bytes.";
        switch (form["response_format"].ToString())
        {
            case "text":
                await WriteTextAsync(context, "text/plain; charset=utf-8", text + "\n").ConfigureAwait(false);
                break;
            case "srt":
                await WriteTextAsync(context, "text/plain; charset=utf-8", $"1\n00:00:00,000 --> 00:00:01,000\n{text}\n\n").ConfigureAwait(false);
                break;
            case "vtt":
                await WriteTextAsync(context, "text/plain; charset=utf-8", $"WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n{text}\n\n").ConfigureAwait(false);
                break;
            case "verbose_json":
                await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, (task, text), static (w, s) =>
                {
                    w.WriteStartObject();
                    w.WriteString("task", s.task);
                    w.WriteString("language", "english");
                    w.WriteNumber("duration", 1.0);
                    w.WriteString("text", s.text);
                    w.WriteStartArray("segments");
                    w.WriteEndArray();
                    w.WriteEndObject();
                }).ConfigureAwait(false);
                break;
            default:
                await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, text, static (w, t) =>
                {
                    w.WriteStartObject();
                    w.WriteString("text", t);
                    w.WriteEndObject();
                }).ConfigureAwait(false);
                break;
        }
    }

    private static Task WriteTextAsync(HttpContext context, string contentType, string text) =>
        JsonResponse.WriteRawAsync(context, StatusCodes.Status200OK, contentType, Encoding.UTF8.GetBytes(text));

    /// <summary>A tenth of a second of 16-bit mono silence with a canonical RIFF header.</summary>
    private static byte[] SilentWav()
    {
        const int dataBytes = SampleRate / 10 * 2;
        var wav = new byte[44 + dataBytes];
        "RIFF"u8.CopyTo(wav);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(4), 36 + dataBytes);
        "WAVEfmt "u8.CopyTo(wav.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(20), 1);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(22), 1);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(24), SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(28), SampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(32), 2);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(34), 16);
        "data"u8.CopyTo(wav.AsSpan(36));
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(40), dataBytes);
        return wav;
    }
}
