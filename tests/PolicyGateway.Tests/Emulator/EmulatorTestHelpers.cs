using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PolicyGateway.Emulator;

namespace PolicyGateway.Tests.Emulator;

/// <summary>Raw-HTTP helpers for asserting on the emulator's wire format.</summary>
internal static class EmulatorTestHelpers
{
    public const string ApiVersion = "2024-10-21";

    public static HttpClient HttpClient(EmulatorServer server) => new() { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());

    /// <summary>Posts and reads SSE events as they arrive, stamping each with the time since the request was sent.</summary>
    public static async Task<List<SseEvent>> ReadSseAsync(HttpClient client, string path, string json)
    {
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(json) };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);

        var events = new List<SseEvent>();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        string? eventName = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventName = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                events.Add(new SseEvent(eventName, line["data: ".Length..], clock.Elapsed));
                eventName = null;
            }
        }

        return events;
    }

    public static MediaTypeHeaderValue MultipartType(string boundary)
    {
        var type = new MediaTypeHeaderValue("multipart/form-data");
        type.Parameters.Add(new NameValueHeaderValue("boundary", boundary));
        return type;
    }
}
