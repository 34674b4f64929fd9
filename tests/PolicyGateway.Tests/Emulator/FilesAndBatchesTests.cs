using System.ClientModel;
using System.Text;
using OpenAI;
using OpenAI.Files;
using PolicyGateway.Emulator;
using static PolicyGateway.Tests.Emulator.EmulatorTestHelpers;

namespace PolicyGateway.Tests.Emulator;

public sealed class FilesAndBatchesTests
{
    private const string Jsonl = """{"custom_id":"1","method":"POST","url":"/chat/completions","body":{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}}""";

    [Fact]
    public async Task OpenAiSdk_UploadsListsAndDownloadsFiles()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var files = new OpenAIClient(new ApiKeyCredential("k"), new OpenAIClientOptions { Endpoint = new Uri(server.BaseAddress, "openai/v1") }).GetOpenAIFileClient();

        var uploaded = (await files.UploadFileAsync(BinaryData.FromString(Jsonl), "batch.jsonl", FileUploadPurpose.Batch)).Value;
        Assert.StartsWith("file-", uploaded.Id, StringComparison.Ordinal);
        Assert.Equal("batch.jsonl", uploaded.Filename);
        Assert.Equal(Encoding.UTF8.GetByteCount(Jsonl), uploaded.SizeInBytes);

        Assert.Equal(uploaded.Id, (await files.GetFileAsync(uploaded.Id)).Value.Id);
        Assert.Contains((await files.GetFilesAsync()).Value, f => f.Id == uploaded.Id);
        Assert.Equal(Jsonl, (await files.DownloadFileAsync(uploaded.Id)).Value.ToString());
        Assert.True((await files.DeleteFileAsync(uploaded.Id)).Value.Deleted);
        Assert.Equal(404, (await Assert.ThrowsAsync<ClientResultException>(() => files.GetFileAsync(uploaded.Id))).Status);
    }

    [Fact]
    public async Task Batches_ReferenceAnUploadedFile_OnVersionedApi()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var http = HttpClient(server);

        var body = RecorderTests.BuildMultipart("xyz", ("purpose", "batch"), ("file", "in.jsonl", Encoding.UTF8.GetBytes(Jsonl)));
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MultipartType("xyz");
        using var upload = await ReadJsonAsync(await http.PostAsync($"openai/files?api-version={ApiVersion}", content));
        var fileId = upload.RootElement.GetProperty("id").GetString();
        Assert.Equal("processed", upload.RootElement.GetProperty("status").GetString());
        Assert.Equal("batch", upload.RootElement.GetProperty("purpose").GetString());

        using var created = await ReadJsonAsync(await http.PostAsync($"openai/batches?api-version={ApiVersion}",
            Json($$"""{"input_file_id":"{{fileId}}","endpoint":"/chat/completions","completion_window":"24h"}""")));
        var batch = created.RootElement;
        Assert.StartsWith("batch_", batch.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("batch", batch.GetProperty("object").GetString());
        Assert.Equal("validating", batch.GetProperty("status").GetString());
        Assert.Equal(fileId, batch.GetProperty("input_file_id").GetString());

        using var fetched = await ReadJsonAsync(await http.GetAsync($"openai/batches/{batch.GetProperty("id").GetString()}?api-version={ApiVersion}"));
        Assert.Equal("/chat/completions", fetched.RootElement.GetProperty("endpoint").GetString());

        using var unknownFile = await http.PostAsync($"openai/batches?api-version={ApiVersion}", Json("""{"input_file_id":"file-nope","endpoint":"/chat/completions"}"""));
        Assert.Equal(400, (int)unknownFile.StatusCode);
    }
}
