using System.ClientModel;
using System.Text;
using Azure.AI.OpenAI;
using PolicyGateway.Emulator;
using static PolicyGateway.Tests.Emulator.EmulatorTestHelpers;

namespace PolicyGateway.Tests.Emulator;

public sealed class EmbeddingsTests
{
    [Fact]
    public async Task AzureSdk_DecodesBase64Vectors_Deterministically()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var embeddings = new AzureOpenAIClient(server.BaseAddress, new ApiKeyCredential("k")).GetEmbeddingClient("text-embedding-3-small");

        var first = (await embeddings.GenerateEmbeddingAsync("hello world")).Value.ToFloats().ToArray();
        var again = (await embeddings.GenerateEmbeddingAsync("hello world")).Value.ToFloats().ToArray();
        var other = (await embeddings.GenerateEmbeddingAsync("something else")).Value.ToFloats().ToArray();

        Assert.Equal(16, first.Length);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(1.0, Math.Sqrt(first.Sum(v => (double)v * v)), 3);
        // The SDK asks for base64; the emulator must have honoured that for the vector to decode at all.
        Assert.Contains("\"encoding_format\":\"base64\"", Encoding.UTF8.GetString(server.Recorder.Snapshot()[0].Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FloatFormat_ForArrayInput_OneVectorPerInput()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var http = HttpClient(server);

        using var response = await http.PostAsync("openai/v1/embeddings", Json("""{"model":"emb","input":["a","b","c"],"dimensions":4}"""));
        using var json = await ReadJsonAsync(response);

        var root = json.RootElement;
        Assert.Equal("list", root.GetProperty("object").GetString());
        Assert.Equal("emb", root.GetProperty("model").GetString());
        var data = root.GetProperty("data");
        Assert.Equal(3, data.GetArrayLength());
        Assert.Equal(2, data[2].GetProperty("index").GetInt32());
        Assert.Equal("embedding", data[0].GetProperty("object").GetString());
        Assert.Equal(4, data[0].GetProperty("embedding").GetArrayLength());
        Assert.True(root.GetProperty("usage").GetProperty("prompt_tokens").GetInt32() > 0);
    }
}
