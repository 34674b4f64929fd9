using System.ClientModel;
using Azure.AI.OpenAI;
using Azure.AI.OpenAI.Chat;
using OpenAI;
using OpenAI.Chat;
using PolicyGateway.Emulator;
using static PolicyGateway.Tests.Emulator.EmulatorTestHelpers;

namespace PolicyGateway.Tests.Emulator;

public sealed class ChatCompletionsTests
{
    private const string Key = "test-key";

    [Fact]
    public async Task AzureSdk_CompletesChat_WithDeterministicReplyAndUsage()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = Key });
        var client = new AzureOpenAIClient(server.BaseAddress, new ApiKeyCredential(Key));

        var result = await client.GetChatClient("gpt-4o-dep").CompleteChatAsync([new UserChatMessage("What is the capital of France? Please answer briefly and politely.")]);

        Assert.Equal("Emulated reply to: What is the capital of France? Please an", result.Value.Content[0].Text);
        Assert.Equal(ChatFinishReason.Stop, result.Value.FinishReason);
        Assert.Equal("gpt-4o-dep", result.Value.Model);
        Assert.StartsWith("chatcmpl-", result.Value.Id, StringComparison.Ordinal);
        Assert.True(result.Value.Usage.OutputTokenCount > 0);

        // Azure's SDK must find the content-filter annotations where the real service puts them.
        var promptFilter = result.Value.GetRequestContentFilterResult();
        Assert.False(promptFilter.Jailbreak.Filtered);
        Assert.Equal(ContentFilterSeverity.Safe, promptFilter.Hate.Severity);
        var completionFilter = result.Value.GetResponseContentFilterResult();
        Assert.False(completionFilter.ProtectedMaterialText.Detected);
        Assert.Equal(ContentFilterSeverity.Safe, completionFilter.Violence.Severity);

        var recorded = Assert.Single(server.Recorder.Snapshot());
        Assert.Equal("POST", recorded.Method);
        Assert.StartsWith("/openai/deployments/gpt-4o-dep/chat/completions?api-version=", recorded.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(Key, recorded.Headers["API-KEY"]);
        Assert.Contains("capital of France", System.Text.Encoding.UTF8.GetString(recorded.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AzureSdk_StreamsChat_WithPromptAnnotationFirst()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { TokenDelay = TimeSpan.FromMilliseconds(5) });
        var chat = new AzureOpenAIClient(server.BaseAddress, new ApiKeyCredential("any")).GetChatClient("gpt-4o");

        var text = new System.Text.StringBuilder();
        ChatFinishReason? finish = null;
        var promptAnnotations = 0;
        await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage("Tell me a story")]))
        {
            if (update.GetRequestContentFilterResult() is { } promptFilter)
            {
                Assert.False(promptFilter.Jailbreak.Filtered);
                promptAnnotations++;
            }

            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }

            finish ??= update.FinishReason;
        }

        Assert.Equal("Emulated reply to: Tell me a story", text.ToString());
        Assert.Equal(ChatFinishReason.Stop, finish);
        Assert.Equal(1, promptAnnotations);
    }

    [Fact]
    public async Task OpenAiSdk_OnV1_SendsBearerAndModelInBody()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = Key });
        var client = new OpenAIClient(new ApiKeyCredential(Key), new OpenAIClientOptions { Endpoint = new Uri(server.BaseAddress, "openai/v1") });

        var result = await client.GetChatClient("my-deployment").CompleteChatAsync([new UserChatMessage("Hello")]);

        Assert.Equal("Emulated reply to: Hello", result.Value.Content[0].Text);
        Assert.Equal("my-deployment", result.Value.Model);
        var recorded = Assert.Single(server.Recorder.Snapshot());
        Assert.Equal("/openai/v1/chat/completions", recorded.PathAndQuery);
        Assert.Equal($"Bearer {Key}", recorded.Headers["authorization"]);
    }

    [Fact]
    public async Task Stream_SendsAzureChunkSequence_EachFlushedWithTokenDelay()
    {
        var delay = TimeSpan.FromMilliseconds(80);
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { TokenDelay = delay });
        using var http = HttpClient(server);

        var events = await ReadSseAsync(http, $"openai/deployments/d1/chat/completions?api-version={ApiVersion}",
            """{"messages":[{"role":"user","content":"Hi there"}],"stream":true,"stream_options":{"include_usage":true}}""");

        // Azure's prompt annotation chunk: no choices and empty identity fields.
        var first = events[0].Json;
        Assert.Equal(0, first.GetProperty("choices").GetArrayLength());
        Assert.Equal("", first.GetProperty("id").GetString());
        Assert.Equal("", first.GetProperty("object").GetString());
        Assert.Equal(0, first.GetProperty("created").GetInt64());
        Assert.Equal("", first.GetProperty("model").GetString());
        Assert.False(first.GetProperty("prompt_filter_results")[0].GetProperty("content_filter_results").GetProperty("jailbreak").GetProperty("filtered").GetBoolean());

        Assert.Equal("assistant", events[1].Json.GetProperty("choices")[0].GetProperty("delta").GetProperty("role").GetString());

        var content = events.Skip(2).TakeWhile(e => e.Data != "[DONE]" && e.Json.GetProperty("choices").GetArrayLength() > 0
            && e.Json.GetProperty("choices")[0].GetProperty("finish_reason").ValueKind == System.Text.Json.JsonValueKind.Null).ToList();
        Assert.Equal(["Emulated", " reply", " to:", " Hi", " there"], content.Select(e => e.Json.GetProperty("choices")[0].GetProperty("delta").GetProperty("content").GetString()));
        Assert.All(content, e => Assert.Equal("chat.completion.chunk", e.Json.GetProperty("object").GetString()));

        var finish = events[2 + content.Count].Json;
        Assert.Equal("stop", finish.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        var usage = events[3 + content.Count].Json;
        Assert.Equal(0, usage.GetProperty("choices").GetArrayLength());
        Assert.Equal(5, usage.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
        Assert.Equal("[DONE]", events[^1].Data);
        Assert.Equal(5 + content.Count, events.Count);

        // The server waits before each of the five tokens; and chunks are flushed one by one, so the
        // first is read long before [DONE] (unflushed, they would all arrive together at the end).
        Assert.True(events[^1].ReadAt >= delay * 5, $"stream took only {events[^1].ReadAt}");
        Assert.True(events[^1].ReadAt - events[0].ReadAt >= delay * 2, $"first chunk read only {events[^1].ReadAt - events[0].ReadAt} before the last");
    }

    [Fact]
    public async Task MaxTokensAndN_AreHonoured()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var http = HttpClient(server);

        using var response = await http.PostAsync($"openai/deployments/d1/chat/completions?api-version={ApiVersion}",
            Json("""{"messages":[{"role":"system","content":"be brief"},{"role":"user","content":[{"type":"text","text":"Describe the ocean in detail"}]}],"max_tokens":2,"n":2}"""));
        using var json = await ReadJsonAsync(response);

        var choices = json.RootElement.GetProperty("choices");
        Assert.Equal(2, choices.GetArrayLength());
        Assert.Equal("Emulated reply", choices[1].GetProperty("message").GetProperty("content").GetString());
        Assert.Equal("length", choices[0].GetProperty("finish_reason").GetString());
        Assert.Equal(1, choices[1].GetProperty("index").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("usage").GetProperty("completion_tokens").GetInt32());
        Assert.Equal("chat.completion", json.RootElement.GetProperty("object").GetString());
        Assert.Equal("safe", choices[0].GetProperty("content_filter_results").GetProperty("violence").GetProperty("severity").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("prompt_filter_results")[0].GetProperty("prompt_index").GetInt32());
        Assert.True(response.Headers.Contains("x-ratelimit-remaining-requests"));
        Assert.True(response.Headers.Contains("x-ratelimit-remaining-tokens"));
    }

    [Fact]
    public async Task LegacyCompletions_ReturnTextCompletion_AndStream()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var http = HttpClient(server);

        using var response = await http.PostAsync($"openai/deployments/davinci/completions?api-version={ApiVersion}", Json("""{"prompt":"Once upon a time"}"""));
        using var json = await ReadJsonAsync(response);
        Assert.Equal("text_completion", json.RootElement.GetProperty("object").GetString());
        Assert.Equal("Emulated reply to: Once upon a time", json.RootElement.GetProperty("choices")[0].GetProperty("text").GetString());
        Assert.StartsWith("cmpl-", json.RootElement.GetProperty("id").GetString(), StringComparison.Ordinal);

        var events = await ReadSseAsync(http, $"openai/deployments/davinci/completions?api-version={ApiVersion}", """{"prompt":"Once upon a time","stream":true}""");
        Assert.Equal(0, events[0].Json.GetProperty("choices").GetArrayLength());
        Assert.Equal("Emulated reply to: Once upon a time", string.Concat(events.Skip(1).SkipLast(1).Select(e => e.Json.GetProperty("choices")[0].GetProperty("text").GetString())));
        Assert.Equal("stop", events[^2].Json.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
        Assert.Equal("[DONE]", events[^1].Data);
    }
}
