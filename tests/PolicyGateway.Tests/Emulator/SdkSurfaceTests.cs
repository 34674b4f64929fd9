using System.ClientModel;
using Azure.AI.OpenAI;
using OpenAI;
using OpenAI.Assistants;
using OpenAI.Audio;
using OpenAI.Images;
using OpenAI.VectorStores;
using PolicyGateway.Emulator;
using static PolicyGateway.Tests.Emulator.EmulatorTestHelpers;

namespace PolicyGateway.Tests.Emulator;

/// <summary>The less central endpoints only need to round-trip through the real SDKs.</summary>
public sealed class SdkSurfaceTests
{
    private static OpenAIClient V1(EmulatorServer server) =>
        new(new ApiKeyCredential("k"), new OpenAIClientOptions { Endpoint = new Uri(server.BaseAddress, "openai/v1") });

    [Fact]
    public async Task AzureSdk_ResourceClients_RoundTripOnDeploymentlessVersionedPaths()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var client = new AzureOpenAIClient(server.BaseAddress, new ApiKeyCredential("k"));

        Assert.Equal("Emulated reply to: hello", (await client.GetResponsesClient().CreateResponseAsync("dep", "hello", previousResponseId: null)).Value.GetOutputText());
        var file = (await client.GetOpenAIFileClient().UploadFileAsync(BinaryData.FromString("{}"), "a.jsonl", OpenAI.Files.FileUploadPurpose.Batch)).Value;
        Assert.Equal("a.jsonl", (await client.GetOpenAIFileClient().GetFileAsync(file.Id)).Value.Filename);
        var batch = await client.GetBatchClient().CreateBatchAsync(
            BinaryContent.Create(BinaryData.FromString($$"""{"input_file_id":"{{file.Id}}","endpoint":"/chat/completions","completion_window":"24h"}""")), waitUntilCompleted: false);
        Assert.Equal(200, batch.GetRawResponse().Status);
        Assert.StartsWith("asst_", (await client.GetAssistantClient().CreateAssistantAsync("dep")).Value.Id, StringComparison.Ordinal);
        Assert.StartsWith("vs_", (await client.GetVectorStoreClient().CreateVectorStoreAsync(new VectorStoreCreationOptions())).Value.Id, StringComparison.Ordinal);

        Assert.Equal(
            ["POST /openai/responses", "POST /openai/files", $"GET /openai/files/{file.Id}", "POST /openai/batches", "POST /openai/assistants", "POST /openai/vector_stores"],
            server.Recorder.Snapshot().Select(r => r.Method + " " + r.PathAndQuery.Split('?')[0]));
        Assert.All(server.Recorder.Snapshot(), r => Assert.Contains("api-version=", r.PathAndQuery, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Images_GenerateAsUrlAndBase64()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var images = new AzureOpenAIClient(server.BaseAddress, new ApiKeyCredential("k")).GetImageClient("dall-e-3");

        var byUrl = (await images.GenerateImageAsync("a lighthouse")).Value;
        Assert.NotNull(byUrl.ImageUri);
        using var http = HttpClient(server);
        Assert.Equal("image/png", (await http.GetAsync(byUrl.ImageUri)).Content.Headers.ContentType?.MediaType);

        var bytes = (await images.GenerateImageAsync("a lighthouse", new ImageGenerationOptions { ResponseFormat = GeneratedImageFormat.Bytes })).Value;
        Assert.Equal((byte)0x89, bytes.ImageBytes.ToArray()[0]);
    }

    [Fact]
    public async Task Audio_TranscribesAndSpeaks()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var audio = new AzureOpenAIClient(server.BaseAddress, new ApiKeyCredential("k")).GetAudioClient("whisper");

        using var clip = new MemoryStream(new byte[128]);
        var transcription = (await audio.TranscribeAudioAsync(clip, "clip.wav")).Value;
        Assert.Equal("Emulated transcription of 128 bytes.", transcription.Text);

        var speech = (await V1(server).GetAudioClient("tts").GenerateSpeechAsync("hello", GeneratedSpeechVoice.Alloy, new SpeechGenerationOptions { ResponseFormat = GeneratedSpeechFormat.Wav })).Value;
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(speech.ToArray(), 0, 4));
    }

    [Fact]
    public async Task Assistants_ThreadsMessagesAndRuns_Deserialize()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var assistants = V1(server).GetAssistantClient();

        var assistant = (await assistants.CreateAssistantAsync("gpt-4o", new AssistantCreationOptions { Name = "helper", Instructions = "help" })).Value;
        Assert.StartsWith("asst_", assistant.Id, StringComparison.Ordinal);
        Assert.Equal("helper", assistant.Name);

        var thread = (await assistants.CreateThreadAsync()).Value;
        var message = (await assistants.CreateMessageAsync(thread.Id, MessageRole.User, [MessageContent.FromText("question")])).Value;
        Assert.Equal(thread.Id, message.ThreadId);
        Assert.Equal("question", message.Content[0].Text);

        var run = (await assistants.CreateRunAsync(thread.Id, assistant.Id)).Value;
        Assert.Equal(RunStatus.Queued, run.Status);
        Assert.Equal(run.Id, (await assistants.GetRunAsync(thread.Id, run.Id)).Value.Id);
    }

    [Fact]
    public async Task VectorStoresAndModels_Deserialize()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var client = V1(server);

        var store = (await client.GetVectorStoreClient().CreateVectorStoreAsync(new VectorStoreCreationOptions { Name = "docs" })).Value;
        Assert.StartsWith("vs_", store.Id, StringComparison.Ordinal);
        Assert.Equal("docs", store.Name);

        var models = (await client.GetOpenAIModelClient().GetModelsAsync()).Value;
        Assert.Contains(models, m => m.Id == "gpt-4o");
    }
}
