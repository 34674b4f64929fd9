using System.Text;
using Microsoft.ML.Tokenizers;
using PolicyGateway.Content;

namespace PolicyGateway.Core.Tests.Content;

/// <summary>Reading-level halves of the issue 8 defects; the attacks themselves run against a real gateway in PolicyGateway.Tests/Hardening.</summary>
public class HardeningReadingTests
{
    [Theory]
    [InlineData("/openai/v1/responses/compact", ApiKind.Responses)]
    [InlineData("/openai/responses/resp_123", ApiKind.Responses)]
    [InlineData("/openai/vector_stores", ApiKind.VectorStores)]
    [InlineData("/openai/vector_stores/vs_1/search", ApiKind.VectorStores)]
    [InlineData("/openai/v1/conversations/conv_1", ApiKind.Conversations)]
    [InlineData("/openai/models", ApiKind.Models)]
    [InlineData("/openai/threads/t1/runs/r1/cancel", ApiKind.Threads)]
    [InlineData("/openai/v1/responses/input_tokens", ApiKind.Responses)]
    public void Writes_no_reader_claims_are_read_generically(string path, ApiKind kind)
    {
        var route = ApiRoutes.Classify("POST", path);

        Assert.Equal((kind, true, true), (route.Kind, route.Inspected, route.ReadGenerically));
    }

    [Fact]
    public void Case_variant_chat_field_is_read()
    {
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, """{"model":"gpt-4o","Messages":[{"role":"user","content":"Match this face"}]}""");

        Assert.Equal("Match this face", content.At("Messages[0].content").Text);
        Assert.DoesNotContain(content.Parts, p => p.Text == "gpt-4o");
    }

    [Fact]
    public void Unknown_realtime_event_type_is_read()
    {
        var content = ContentReader.ReadRealtimeEvent(Encoding.UTF8.GetBytes("""{"type":"conversation.item.add","event_id":"e1","payload":{"text":"Identify the man on the bodycam"}}"""));

        Assert.Equal("Identify the man on the bodycam", content.At("payload.text").Text);
    }

    [Fact]
    public void Token_id_prompt_is_decoded_and_read()
    {
        const string Prompt = "Identify this person from the dashcam photo";
        var ids = TiktokenTokenizer.CreateForEncoding("o200k_base").EncodeToIds(Prompt);

        var content = Bodies.ReadJson(ApiKind.Completions, $$"""{"prompt":[[{{string.Join(',', ids)}}]]}""");

        Assert.Equal(Prompt, content.At("prompt[0]#o200k_base").Text);
    }

    [Theory]
    [InlineData("""{"prompt":[40,"hidden text"]}""")]
    [InlineData("""{"prompt":["text",40]}""")]
    [InlineData("""{"prompt":[-1]}""")]
    public void Token_arrays_that_are_not_token_ids_are_refused(string body)
    {
        Assert.Throws<ContentParseException>(() => Bodies.ReadJson(ApiKind.Completions, body));
    }

    [Theory]
    [InlineData("""{"messages":[{"role":"user","content":"a \ud800 b"}]}""")]
    [InlineData("""{"messages":[{"role":"user","content":"a \udc00\ud800 b"}]}""")]
    public void Unpaired_surrogate_escape_is_invalid_text(string body)
    {
        var error = Assert.Throws<ContentParseException>(() => Bodies.ReadJson(ApiKind.ChatCompletions, body));
        Assert.True(error.InvalidText);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xE0, 0x80, 0xAF })]
    public void Raw_invalid_or_overlong_utf8_is_refused(byte[] bad)
    {
        var body = Encoding.UTF8.GetBytes("""{"messages":[{"role":"user","content":"a""").Concat(bad).Concat(Encoding.UTF8.GetBytes("""b"}]}""")).ToArray();

        Assert.Throws<ContentParseException>(() => ContentReader.Read(ApiKind.ChatCompletions, Bodies.Json, body));
    }

    [Fact]
    public void Unpaired_surrogate_in_a_realtime_event_is_invalid_text()
    {
        var error = Assert.Throws<ContentParseException>(() => ContentReader.ReadRealtimeEvent(Encoding.UTF8.GetBytes(
            """{"type":"conversation.item.create","item":{"type":"message","role":"user","content":[{"type":"input_text","text":"\ud800"}]}}""")));
        Assert.True(error.InvalidText);
    }
}
