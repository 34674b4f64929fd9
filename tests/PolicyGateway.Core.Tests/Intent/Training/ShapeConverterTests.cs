using System.Text.Json;
using PolicyGateway.Content;
using PolicyGateway.Intent.Training.Corpus;

namespace PolicyGateway.Core.Tests.Intent.Training;

public sealed class ShapeConverterTests
{
    private static CorpusEntry Chat(string body, int images = 0) => new(
        "t-1", "en", "chat",
        new Dictionary<string, bool> { ["facial_recognition"] = true },
        [.. Enumerable.Range(0, images).Select(_ => new CorpusImage("Axon", "Body 3", ""))],
        JsonDocument.Parse(body).RootElement);

    private const string Conversation = """
        {"model":"gpt-4o","messages":[
          {"role":"system","content":"You assist a patrol unit."},
          {"role":"user","content":[{"type":"text","text":"Who is the man in this frame?"},{"type":"image_url","image_url":{"url":"data:image/jpeg;base64,{{IMAGE:0}}"}}]},
          {"role":"assistant","content":"I cannot tell from the picture alone."},
          {"role":"user","content":"Check him against the warrant list."}]}
        """;

    private static List<(ContentKind Kind, string? Text, string? Role)> Read(RequestContent content) =>
        [.. content.Parts.Select(p => (p.Kind, p.Text, p.Role))];

    [Fact]
    public void A_responses_call_carries_the_same_text_pictures_and_roles()
    {
        var chat = Chat(Conversation, images: 1);

        var responses = ShapeConverter.ToResponses(chat);

        Assert.Equal("responses", responses.Api);
        var converted = CorpusRequestBuilder.Build(responses);
        Assert.Equal(ApiKind.Responses, converted.Api);
        Assert.Equal(Read(CorpusRequestBuilder.Build(chat)), Read(converted));
        Assert.Equal("Axon", converted.Parts.Single(p => p.Kind == ContentKind.Image).Metadata!["Make"]);
    }

    [Fact]
    public void A_batch_line_carries_the_chat_unchanged()
    {
        var chat = Chat(Conversation, images: 1);

        var line = CorpusRequestBuilder.Build(ShapeConverter.ToBatchLine(chat));

        Assert.Equal(ApiKind.ChatCompletions, line.Api);
        Assert.Equal(Read(CorpusRequestBuilder.Build(chat)), Read(line));
    }

    [Fact]
    public void A_realtime_session_carries_the_same_text_pictures_and_roles()
    {
        var chat = Chat(Conversation, images: 1);

        var realtime = ShapeConverter.ToRealtime(chat);

        Assert.Equal("realtime", realtime.Api);
        var converted = CorpusRequestBuilder.Build(realtime);
        Assert.Equal(ApiKind.Realtime, converted.Api);
        Assert.Equal(Read(CorpusRequestBuilder.Build(chat)), Read(converted));
    }

    [Theory]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"x"}],"tools":[{"type":"function","function":{"name":"f"}}]}""")]
    [InlineData("""{"model":"m","messages":[{"role":"assistant","content":null,"tool_calls":[]},{"role":"tool","content":"y"}]}""")]
    [InlineData("""{"model":"m","input":"x"}""")]
    public void Requests_with_tools_or_no_messages_do_not_convert(string body)
    {
        var entry = Chat(body);

        Assert.False(ShapeConverter.CanConvert(entry));
        Assert.Throws<ArgumentException>(() => ShapeConverter.ToResponses(entry));
    }
}
