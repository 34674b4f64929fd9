using System.Text;
using PolicyGateway.Emulator;
using static PolicyGateway.Tests.Emulator.EmulatorTestHelpers;

namespace PolicyGateway.Tests.Emulator;

public sealed class RecorderTests
{
    [Fact]
    public async Task RecordsHeaders_CaseInsensitively_JoiningMultipleValues()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var http = HttpClient(server);

        using var request = new HttpRequestMessage(HttpMethod.Post, "openai/v1/chat/completions?x=%2Fescaped") { Content = Json("""{"model":"m","messages":[]}""") };
        request.Headers.TryAddWithoutValidation("X-Custom", ["one", "two"]);
        await http.SendAsync(request);

        var recorded = Assert.Single(server.Recorder.Snapshot());
        Assert.Equal("one, two", recorded.Headers["x-custom"]);
        Assert.Equal("application/json; charset=utf-8", recorded.Headers["CONTENT-TYPE"]);
        Assert.Equal("/openai/v1/chat/completions?x=%2Fescaped", recorded.PathAndQuery);
        Assert.True(recorded.ReceivedAt > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task RecordsMultipartBody_ByteForByte()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var http = HttpClient(server);
        var audio = new byte[] { 0x52, 0x49, 0x46, 0x46, 0x00, 0xFF, 0x0D, 0x0A, 0x80 };
        var body = BuildMultipart("b0undary", ("model", "whisper"), ("file", "clip.wav", audio));

        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MultipartType("b0undary");
        using var response = await http.PostAsync($"openai/deployments/whisper/audio/transcriptions?api-version={ApiVersion}", content);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal($"Emulated transcription of {audio.Length} bytes.", (await ReadJsonAsync(response)).RootElement.GetProperty("text").GetString());
        Assert.Equal(body, Assert.Single(server.Recorder.Snapshot()).Body);
    }

    [Fact]
    public async Task WaitFor_ReturnsLaterRequest_AndTimesOut()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var http = HttpClient(server);

        var waiting = server.Recorder.WaitForAsync(r => r.PathAndQuery.Contains("embeddings", StringComparison.Ordinal), TimeSpan.FromSeconds(5));
        Assert.False(waiting.IsCompleted);
        await http.PostAsync("openai/v1/embeddings", Json("""{"model":"e","input":"x"}"""));
        Assert.Equal("POST", (await waiting).Method);

        await Assert.ThrowsAsync<TimeoutException>(() => server.Recorder.WaitForAsync(r => r.Method == "PATCH", TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public async Task KeepsOnlyTheNewestRequests_UpToCapacity()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { RecordCapacity = 3 });
        using var http = HttpClient(server);

        for (var i = 0; i < 5; i++)
        {
            await http.GetAsync($"openai/v1/models?i={i}");
        }

        Assert.Equal(["/openai/v1/models?i=2", "/openai/v1/models?i=3", "/openai/v1/models?i=4"], server.Recorder.Snapshot().Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task ControlEndpoints_ExposeAndClearTheLog_WithoutRecordingThemselves()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = "k", Latency = TimeSpan.FromSeconds(5) });
        using var http = HttpClient(server);
        server.Recorder.Clear();
        server.Options.Latency = TimeSpan.Zero;
        await http.PostAsync("openai/v1/embeddings", Json("""{"model":"e","input":"héllo"}"""));

        server.Options.Latency = TimeSpan.FromSeconds(5);
        using var list = await ReadJsonAsync(await http.GetAsync("_emulator/requests"));
        var entry = Assert.Single(list.RootElement.EnumerateArray());
        Assert.Equal("/openai/v1/embeddings", entry.GetProperty("pathAndQuery").GetString());
        Assert.Equal("""{"model":"e","input":"héllo"}""", entry.GetProperty("bodyText").GetString());
        Assert.Equal("""{"model":"e","input":"héllo"}""", Encoding.UTF8.GetString(entry.GetProperty("bodyBase64").GetBytesFromBase64()));

        Assert.Equal(204, (int)(await http.DeleteAsync("_emulator/requests")).StatusCode);
        Assert.Empty(server.Recorder.Snapshot());
    }

    internal static byte[] BuildMultipart(string boundary, params object[] parts)
    {
        using var stream = new MemoryStream();
        void Write(string s) => stream.Write(Encoding.UTF8.GetBytes(s));
        foreach (var part in parts)
        {
            Write($"--{boundary}\r\n");
            switch (part)
            {
                case (string name, string value):
                    Write($"Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
                    break;
                case (string name, string fileName, byte[] bytes):
                    Write($"Content-Disposition: form-data; name=\"{name}\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream\r\n\r\n");
                    stream.Write(bytes);
                    Write("\r\n");
                    break;
            }
        }

        Write($"--{boundary}--\r\n");
        return stream.ToArray();
    }
}
