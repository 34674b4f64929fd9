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

    [Theory]
    [InlineData("responses", ApiKind.Responses)]
    [InlineData("realtime", ApiKind.Realtime)]
    public void The_conversation_re_sent_carries_the_same_text_pictures_and_roles(string api, ApiKind kind)
    {
        var chat = Chat(Conversation, images: 1);

        var converted = api == "responses" ? ShapeConverter.ToResponses(chat) : ShapeConverter.ToRealtime(chat);

        Assert.Equal(api, converted.Api);
        var read = CorpusRequestBuilder.Build(converted);
        Assert.Equal(kind, read.Api);
        Assert.Equal(Read(CorpusRequestBuilder.Build(chat)), Read(read));
        Assert.Equal("Axon", read.Parts.Single(p => p.Kind == ContentKind.Image).Metadata!["Make"]);
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
    public void A_text_only_chat_flattens_into_one_transcript_prompt_that_ends_on_the_assistant()
    {
        var chat = Chat("""
            {"model":"gpt-4o","messages":[
              {"role":"system","content":"You assist a patrol unit."},
              {"role":"user","content":[{"type":"text","text":"A man in a red cap is at the corner."},{"type":"text","text":"Who is he?"}]},
              {"role":"assistant","content":"I cannot say."},
              {"role":"user","content":"Check him against the warrant list."}]}
            """);

        var prompt = CorpusRequestBuilder.Build(ShapeConverter.ToCompletions(chat));

        Assert.Equal(ApiKind.Completions, prompt.Api);
        var part = Assert.Single(prompt.Parts);
        Assert.Equal(("prompt", "user"), (part.Location, part.Role));
        Assert.Equal(
            "System: You assist a patrol unit.\n\nUser: A man in a red cap is at the corner.\nWho is he?\n\n"
            + "Assistant: I cannot say.\n\nUser: Check him against the warrant list.\n\nAssistant:",
            part.Text);
    }

    [Fact]
    public void A_chat_with_a_picture_does_not_flatten()
    {
        var chat = Chat(Conversation, images: 1);

        Assert.True(ShapeConverter.CanConvert(chat));
        Assert.False(ShapeConverter.CanFlatten(chat));
        Assert.Throws<ArgumentException>(() => ShapeConverter.ToCompletions(chat));
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
