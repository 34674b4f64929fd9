using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.Time.Testing;
using OpenAI.Chat;
using PolicyGateway.Emulator;
using static PolicyGateway.Tests.Emulator.EmulatorTestHelpers;

namespace PolicyGateway.Tests.Emulator;

public sealed class ErrorShapeTests
{
    private const string ChatBody = """{"messages":[{"role":"user","content":"hi"}]}""";

    [Fact]
    public async Task WrongOrMissingKey_Gets401InAzureShape_AndEveryKeyFormIsAccepted()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = "secret", Region = "swedencentral" });
        using var http = HttpClient(server);
        var path = $"openai/deployments/d/chat/completions?api-version={ApiVersion}";

        using var denied = await http.PostAsync(path, Json(ChatBody));
        Assert.Equal(401, (int)denied.StatusCode);
        Assert.Equal(
            """{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}""",
            await denied.Content.ReadAsStringAsync());
        Assert.Equal("swedencentral", denied.Headers.GetValues("x-ms-region").Single());
        Assert.True(Guid.TryParse(denied.Headers.GetValues("apim-request-id").Single(), out _));
        Assert.True(Guid.TryParse(denied.Headers.GetValues("x-request-id").Single(), out _));

        using var byHeader = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(ChatBody) };
        byHeader.Headers.Add("api-key", "secret");
        Assert.Equal(200, (int)(await http.SendAsync(byHeader)).StatusCode);

        using var byBearer = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(ChatBody) };
        byBearer.Headers.Authorization = new("Bearer", "secret");
        Assert.Equal(200, (int)(await http.SendAsync(byBearer)).StatusCode);

        Assert.Equal(200, (int)(await http.PostAsync(path + "&api-key=secret", Json(ChatBody))).StatusCode);

        using var wrong = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(ChatBody) };
        wrong.Headers.Add("api-key", "not-it");
        Assert.Equal(401, (int)(await http.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task MissingApiVersion_AndUnknownRoutes_Get404ExactlyAsAzure()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var http = HttpClient(server);
        const string notFound = """{"error":{"code":"404","message": "Resource not found"}}""";

        using var noVersion = await http.PostAsync("openai/deployments/d/chat/completions", Json(ChatBody));
        Assert.Equal(404, (int)noVersion.StatusCode);
        Assert.Equal(notFound, await noVersion.Content.ReadAsStringAsync());

        using var unknown = await http.PostAsync($"openai/deployments/d/teleport?api-version={ApiVersion}", Json(ChatBody));
        Assert.Equal(404, (int)unknown.StatusCode);
        Assert.Equal(notFound, await unknown.Content.ReadAsStringAsync());
        Assert.True(unknown.Headers.Contains("x-ms-region"));

        // v1 needs no api-version.
        Assert.Equal(200, (int)(await http.PostAsync("openai/v1/chat/completions", Json("""{"model":"m","messages":[]}"""))).StatusCode);
    }

    [Fact]
    public async Task MalformedJson_Gets400InvalidRequestError()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var http = HttpClient(server);

        using var response = await http.PostAsync($"openai/deployments/d/chat/completions?api-version={ApiVersion}", Json("""{"messages": [ """));
        Assert.Equal(400, (int)response.StatusCode);
        using var json = await ReadJsonAsync(response);
        var error = json.RootElement.GetProperty("error");
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, error.GetProperty("param").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, error.GetProperty("code").ValueKind);
        Assert.Contains("could not parse the JSON body", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailWithStatus_CanBeFlippedAtRunTime_AndSdkSeesTheStatus()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var options = new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0) };
        var chat = new AzureOpenAIClient(server.BaseAddress, new ApiKeyCredential("k"), options).GetChatClient("d");

        server.Options.FailWithStatus = 503;
        var failure = await Assert.ThrowsAsync<ClientResultException>(() => chat.CompleteChatAsync([new UserChatMessage("hi")]));
        Assert.Equal(503, failure.Status);
        var body = failure.GetRawResponse()!.Content.ToString();
        Assert.Equal("""{"error":{"code":"ServiceUnavailable","message":"The service is temporarily unable to process your request. Please try again later."}}""", body);

        server.Options.FailWithStatus = 429;
        var throttled = await Assert.ThrowsAsync<ClientResultException>(() => chat.CompleteChatAsync([new UserChatMessage("hi")]));
        Assert.Equal(429, throttled.Status);
        Assert.Equal("1", throttled.GetRawResponse()!.Headers.TryGetValue("retry-after", out var retryAfter) ? retryAfter : null);

        server.Options.FailWithStatus = null;
        Assert.Equal("Emulated reply to: hi", (await chat.CompleteChatAsync([new UserChatMessage("hi")])).Value.Content[0].Text);
    }

    [Fact]
    public async Task Latency_IsAppliedBeforeTheFirstByte_AndCanBeChangedAtRunTime()
    {
        var time = new FakeTimeProvider();
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { Latency = TimeSpan.FromMilliseconds(500), Time = time });
        using var http = HttpClient(server);

        using var request = new HttpRequestMessage(HttpMethod.Post, "openai/v1/chat/completions") { Content = Json("""{"model":"m","messages":[]}""") };
        var pending = http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        // The request is recorded before the delay starts, so once it is seen only the clock holds the headers back.
        await server.Recorder.WaitForAsync(r => r.Method == "POST", TimeSpan.FromSeconds(30));
        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(pending.IsCompleted, "headers arrived before the configured latency elapsed");
        // The delay's timer may be created just after the request is recorded, so the clock moves until it fires.
        for (var step = 0; step < 100 && !pending.IsCompleted; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(pending, Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System));
        }

        using var response = await pending.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(200, (int)response.StatusCode);

        // With the latency set to zero no timer is involved: the reply comes without the clock moving.
        server.Options.Latency = TimeSpan.Zero;
        using var fast = await http.PostAsync("openai/v1/chat/completions", Json("""{"model":"m","messages":[]}""")).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(200, (int)fast.StatusCode);
    }
}
