using System.ClientModel;
using OpenAI;
using OpenAI.Responses;
using PolicyGateway.Emulator;
using static PolicyGateway.Tests.Emulator.EmulatorTestHelpers;

namespace PolicyGateway.Tests.Emulator;

public sealed class ResponsesTests
{
    private static ResponsesClient Client(EmulatorServer server) =>
        new OpenAIClient(new ApiKeyCredential("k"), new OpenAIClientOptions { Endpoint = new Uri(server.BaseAddress, "openai/v1") }).GetResponsesClient();

    [Fact]
    public async Task OpenAiSdk_ParsesCompletedResponse()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());

        var result = await Client(server).CreateResponseAsync("gpt-4.1", "Summarise the news", previousResponseId: null);

        Assert.Equal("Emulated reply to: Summarise the news", result.Value.GetOutputText());
        Assert.Equal(ResponseStatus.Completed, result.Value.Status);
        Assert.Equal("gpt-4.1", result.Value.Model);
        Assert.StartsWith("resp_", result.Value.Id, StringComparison.Ordinal);
        Assert.True(result.Value.Usage.OutputTokenCount > 0);

        var client = Client(server);
        Assert.Equal("Emulated reply to: Summarise the news", (await client.GetResponseAsync(result.Value.Id)).Value.GetOutputText());
        Assert.True((await client.DeleteResponseAsync(result.Value.Id)).Value.Deleted);
        Assert.Equal(404, (await Assert.ThrowsAsync<ClientResultException>(() => client.GetResponseAsync(result.Value.Id))).Status);
    }

    [Fact]
    public async Task OpenAiSdk_ParsesInstructionsEcho_AndIncompleteResponse()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var options = new CreateResponseOptions("gpt-4.1", [ResponseItem.CreateUserMessageItem("Tell me everything about the sea")])
        {
            Instructions = "Be brief",
            MaxOutputTokenCount = 2,
        };

        var result = (await Client(server).CreateResponseAsync(options)).Value;

        Assert.Equal(ResponseStatus.Incomplete, result.Status);
        Assert.Equal(ResponseIncompleteStatusReason.MaxOutputTokens, result.IncompleteStatusDetails.Reason);
        Assert.Equal("Emulated reply", result.GetOutputText());
    }

    [Fact]
    public async Task OpenAiSdk_ParsesStreamedEvents()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());

        var deltas = new List<string>();
        ResponseResult? completed = null;
        var sequence = new List<int>();
        await foreach (var update in Client(server).CreateResponseStreamingAsync("gpt-4.1", "Stream please", previousResponseId: null))
        {
            sequence.Add(update.SequenceNumber);
            switch (update)
            {
                case StreamingResponseOutputTextDeltaUpdate delta:
                    deltas.Add(delta.Delta);
                    break;
                case StreamingResponseCompletedUpdate done:
                    completed = done.Response;
                    break;
            }
        }

        Assert.Equal(["Emulated", " reply", " to:", " Stream", " please"], deltas);
        Assert.Equal("Emulated reply to: Stream please", completed?.GetOutputText());
        Assert.Equal(Enumerable.Range(0, sequence.Count), sequence);
    }

    [Fact]
    public async Task Stream_UsesNamedEventsInOrder_OnVersionedPath()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var http = HttpClient(server);

        var events = await ReadSseAsync(http, "openai/responses?api-version=2025-04-01-preview",
            """{"model":"o4","stream":true,"input":[{"role":"user","content":[{"type":"input_text","text":"Hi"}]}]}""");

        Assert.Equal(
            ["response.created", "response.in_progress", "response.output_item.added", "response.content_part.added",
             "response.output_text.delta", "response.output_text.delta", "response.output_text.delta", "response.output_text.delta",
             "response.output_text.done", "response.content_part.done", "response.output_item.done", "response.completed"],
            events.Select(e => e.Name));
        Assert.All(events, e => Assert.Equal(e.Name, e.Json.GetProperty("type").GetString()));
        Assert.Equal(Enumerable.Range(0, events.Count), events.Select(e => e.Json.GetProperty("sequence_number").GetInt32()));
        var final = events[^1].Json.GetProperty("response");
        Assert.Equal("completed", final.GetProperty("status").GetString());
        Assert.Equal("Emulated reply to: Hi", final.GetProperty("output")[0].GetProperty("content")[0].GetProperty("text").GetString());
    }
}
