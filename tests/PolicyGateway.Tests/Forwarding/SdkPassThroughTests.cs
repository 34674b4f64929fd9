using System.ClientModel;
using System.Diagnostics;
using OpenAI.Chat;
using OpenAI.Embeddings;
using OpenAI.Files;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Forwarding;

/// <summary>The real Azure.AI.OpenAI and OpenAI SDKs, pointed at the gateway, reach the emulator unchanged.</summary>
public sealed class SdkPassThroughTests : GatewayTest
{
    [Fact]
    public async Task Azure_chat_completion_reaches_upstream_with_the_credential_swapped()
    {
        var chat = SdkClients.Azure(Host.BaseAddress, DemoKeys.UsRetail).GetChatClient(SdkClients.ChatDeployment);

        ChatCompletion completion = await chat.CompleteChatAsync([new UserChatMessage("Draft a haiku about autumn leaves.")]);

        Assert.False(string.IsNullOrEmpty(completion.Content[0].Text));
        var received = Assert.Single(Host.Emulator.Recorder.Snapshot());
        Assert.StartsWith("/openai/deployments/gpt-4o/chat/completions?api-version=", received.PathAndQuery);
        Assert.Equal(GatewayHost.UpstreamKey, received.Headers["api-key"]);
        Assert.DoesNotContain(DemoKeys.UsRetail, string.Join("\n", received.Headers.Values));
        Assert.Contains("autumn leaves", System.Text.Encoding.UTF8.GetString(received.Body));
    }

    [Fact]
    public async Task Streaming_chat_delivers_the_first_chunk_before_the_upstream_finishes()
    {
        Host.Emulator.Options.TokenDelay = TimeSpan.FromMilliseconds(80);
        var chat = SdkClients.Azure(Host.BaseAddress, DemoKeys.UsRetail).GetChatClient(SdkClients.ChatDeployment);
        var clock = Stopwatch.StartNew();
        TimeSpan? firstText = null;
        var text = new System.Text.StringBuilder();

        await foreach (var update in chat.CompleteChatStreamingAsync([new UserChatMessage("Tell me a long story about the sea.")]))
        {
            foreach (var part in update.ContentUpdate)
            {
                firstText ??= clock.Elapsed;
                text.Append(part.Text);
            }
        }
        var total = clock.Elapsed;

        Assert.NotNull(firstText);
        Assert.True(text.Length > 0);
        // Several token delays separate the first content chunk from the end of the stream: nothing was buffered.
        Assert.True(total - firstText.Value > TimeSpan.FromMilliseconds(240), $"first chunk at {firstText}, stream ended at {total}");
    }

    [Fact]
    public async Task Azure_embeddings_pass_through()
    {
        var embeddings = SdkClients.Azure(Host.BaseAddress, DemoKeys.UsNewsroom).GetEmbeddingClient("text-embedding-3-small");

        OpenAIEmbedding embedding = await embeddings.GenerateEmbeddingAsync("quarterly circulation report");

        Assert.True(embedding.ToFloats().Length > 0);
        Assert.Contains("/openai/deployments/text-embedding-3-small/embeddings", Host.Emulator.Recorder.Snapshot()[0].PathAndQuery);
    }

    [Fact]
    public async Task OpenAI_v1_chat_sends_the_gateway_key_as_bearer_and_upstream_gets_the_api_key()
    {
        var chat = SdkClients.OpenAIV1(Host.BaseAddress, DemoKeys.UsRetail).GetChatClient(SdkClients.ChatDeployment);

        ChatCompletion completion = await chat.CompleteChatAsync([new UserChatMessage("Suggest a name for a bakery.")]);

        Assert.NotEmpty(completion.Content);
        var received = Assert.Single(Host.Emulator.Recorder.Snapshot());
        Assert.Equal("/openai/v1/chat/completions", received.PathAndQuery);
        Assert.Equal(GatewayHost.UpstreamKey, received.Headers["api-key"]);
        Assert.False(received.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task OpenAI_v1_responses_pass_through()
    {
        var responses = SdkClients.OpenAIV1(Host.BaseAddress, DemoKeys.UsRetail).GetResponsesClient();

        var response = await responses.CreateResponseAsync(SdkClients.ChatDeployment, "Write one sentence about tea.");

        Assert.False(string.IsNullOrEmpty(response.Value.GetOutputText()));
        Assert.Equal("/openai/v1/responses", Host.Emulator.Recorder.Snapshot()[0].PathAndQuery);
    }

    [Fact]
    public async Task Multipart_file_upload_arrives_byte_for_byte()
    {
        var files = SdkClients.Azure(Host.BaseAddress, DemoKeys.UsRetail).GetOpenAIFileClient();
        var payload = new byte[50_000];
        Random.Shared.NextBytes(payload);

        OpenAIFile file = await files.UploadFileAsync(BinaryData.FromBytes(payload), "blob.bin", FileUploadPurpose.Assistants);

        Assert.Equal("blob.bin", file.Filename);
        var received = Assert.Single(Host.Emulator.Recorder.Snapshot());
        Assert.Equal(-1, received.Body.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(DemoKeys.UsRetail)));
        Assert.True(received.Body.AsSpan().IndexOf(payload) >= 0, "the uploaded bytes reached the upstream unchanged");
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Upstream_errors_reach_the_caller_unchanged(int status)
    {
        Host.Emulator.Options.FailWithStatus = status;
        using var client = Host.CreateHttpClient();
        using var request = JsonRequests.Post("/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21",
            """{"messages":[{"role":"user","content":"hi"}]}""", DemoKeys.UsRetail);

        using var response = await client.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.True(response.Headers.Contains("apim-request-id"), "upstream headers pass through");
        Assert.Contains("\"error\"", await response.Content.ReadAsStringAsync());
        if (status == 429)
        {
            Assert.NotNull(response.Headers.RetryAfter);
        }
    }

    [Fact]
    public async Task Raw_multipart_body_is_forwarded_unchanged()
    {
        using var form = new MultipartFormDataContent("pgw-test-boundary");
        form.Add(new StringContent("assistants"), "purpose");
        form.Add(new ByteArrayContent("line one\r\nline two\n\u00e9"u8.ToArray()), "file", "notes.txt");
        var sent = await form.ReadAsByteArrayAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/openai/files?api-version=2024-10-21") { Content = new ByteArrayContent(sent) };
        request.Content.Headers.ContentType = form.Headers.ContentType;
        request.Headers.Add("api-key", DemoKeys.UsRetail);
        using var client = Host.CreateHttpClient();

        using var response = await client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(Host.Emulator.Recorder.Snapshot());
        Assert.Equal(sent, received.Body);
        Assert.Equal(form.Headers.ContentType!.ToString(), received.Headers["Content-Type"]);
    }
}
