using System.Text;
using PolicyGateway.Content;

namespace PolicyGateway.Core.Tests.Content;

/// <summary>
/// Case variants and unknown fields are read as text at every depth a reader descends into, not only at the top level:
/// the upstream may bind names leniently, and a field the gateway skipped must never be one the model reads.
/// </summary>
public class NestedUnknownFieldTests
{
    private const string Ask = "Identify the man in this bodycam still";

    [Theory]
    // Messages: a case-variant content, an unknown field, a case-variant name.
    [InlineData("""{"messages":[{"role":"user","Content":"ASK"}]}""", "messages[0].Content")]
    [InlineData("""{"messages":[{"role":"user","content":"hi","note":{"deep":["ASK"]}}]}""", "messages[0].note.deep[0]")]
    // Content parts: a case-variant text, an unknown field beside an image, inside the image_url object, a single part object.
    [InlineData("""{"messages":[{"role":"user","content":[{"type":"text","Text":"ASK"}]}]}""", "messages[0].content[0].Text")]
    [InlineData("""{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://x/y.png"},"text":"ASK"}]}]}""", "messages[0].content[0].text")]
    [InlineData("""{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://x/y.png","caption":"ASK"}}]}]}""", "messages[0].content[0].image_url.caption")]
    [InlineData("""{"messages":[{"role":"user","content":{"type":"text","text":"ASK"}}]}""", "messages[0].content")]
    [InlineData("""{"messages":[{"role":"user","content":[{"type":"text","text":{"value":"hi","Value":"ASK"}}]}]}""", "messages[0].content[0].text.Value")]
    // Tool calls: case-variant arguments, an unknown field on the call, both call shapes at once.
    [InlineData("""{"messages":[{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","Arguments":"ASK"}}]}]}""", "messages[0].tool_calls[0].function.Arguments")]
    [InlineData("""{"messages":[{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"},"extra":"ASK"}]}]}""", "messages[0].tool_calls[0].extra")]
    [InlineData("""{"messages":[{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"},"custom":{"name":"g","input":"ASK"}}]}]}""", "messages[0].tool_calls[0].custom.input")]
    public void Chat_fields_at_depth_are_read(string body, string location)
    {
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, body.Replace("ASK", Ask, StringComparison.Ordinal));

        Assert.Equal(Ask, content.At(location).Text);
    }

    [Theory]
    [InlineData("""{"input":[{"role":"user","CONTENT":[{"type":"input_text","Text":"ASK"}]}]}""", "input[0].CONTENT[0].Text")]
    [InlineData("""{"input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}],"Content":"ASK"}]}""", "input[0].Content")]
    [InlineData("""{"input":[{"type":"function_call","call_id":"c","name":"f","Arguments":"ASK"}]}""", "input[0].Arguments")]
    [InlineData("""{"input":[{"type":"function_call_output","call_id":"c","output":"ok","Output":"ASK"}]}""", "input[0].Output")]
    [InlineData("""{"input":[{"type":"item_reference","id":"msg_1","text":"ASK"}]}""", "input[0].text")]
    [InlineData("""{"input":[{"type":"computer_call_output","call_id":"c","output":{"type":"computer_screenshot","file_id":"f","note":"ASK"}}]}""", "input[0].output.note")]
    public void Responses_input_items_at_depth_are_read(string body, string location)
    {
        var content = Bodies.ReadJson(ApiKind.Responses, body.Replace("ASK", Ask, StringComparison.Ordinal));

        Assert.Equal(Ask, content.At(location).Text);
    }

    [Theory]
    [InlineData("""{"type":"conversation.item.create","item":{"type":"message","role":"user","content":[{"type":"input_text","TEXT":"ASK"}]}}""", "item.content[0].TEXT")]
    [InlineData("""{"type":"conversation.item.create","item":{"type":"message","role":"user","Content":[{"type":"input_text","text":"ASK"}]}}""", "item.Content[0].text")]
    [InlineData("""{"type":"session.update","session":{"Instructions":"ASK"}}""", "session.Instructions")]
    [InlineData("""{"type":"session.update","session":{"input_audio_transcription":{"model":"m","Prompt":"ASK"}}}""", "session.input_audio_transcription.Prompt")]
    [InlineData("""{"type":"response.create","response":{"input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi","Text":"ASK"}]}]}}""", "response.input[0].content[0].Text")]
    public void Realtime_event_items_at_depth_are_read(string json, string location)
    {
        var content = ContentReader.ReadRealtimeEvent(Encoding.UTF8.GetBytes(json.Replace("ASK", Ask, StringComparison.Ordinal)));

        Assert.Equal(Ask, content.At(location).Text);
    }

    [Fact]
    public void Known_fields_are_not_read_twice()
    {
        var content = Bodies.ReadJson(ApiKind.ChatCompletions,
            """{"messages":[{"role":"user","name":"n","content":[{"type":"text","text":"hello"},{"type":"image_url","image_url":{"url":"https://x/y.png","detail":"low"}}]}]}""");

        Assert.Equal(["messages[0].content[0]", "messages[0].content[1]", "messages[0].name"], content.Parts.Select(p => p.Location).Order(StringComparer.Ordinal));
    }
}
