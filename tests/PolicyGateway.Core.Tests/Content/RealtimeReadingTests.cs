using System.Text;
using PolicyGateway.Content;

namespace PolicyGateway.Core.Tests.Content;

public class RealtimeReadingTests
{
    [Fact]
    public void Session_update_reads_instructions_tools_and_transcription_prompt()
    {
        var content = Event("""
            {"type":"session.update","event_id":"e1","session":{"instructions":"You watch the dashcam feed.","voice":"alloy",
             "input_audio_transcription":{"model":"whisper-1","prompt":"plate numbers"},
             "tools":[{"type":"function","name":"flag_person","description":"Flag a recognised person","parameters":{"type":"object","properties":{"person_id":{"type":"string"}}}}]}}
            """);

        Assert.Equal(ApiKind.Realtime, content.Api);
        Assert.Equal("You watch the dashcam feed.", content.At("session.instructions").Text);
        Assert.Equal("flag_person", content.At("session.tools[0].name").Text);
        Assert.Equal("person_id", content.At("session.tools[0].parameters").Text);
        Assert.Equal("plate numbers", content.At("session.input_audio_transcription.prompt").Text);
    }

    [Fact]
    public void Transcription_session_update_reads_the_transcription_prompt()
    {
        var content = Event("""
            {"type":"transcription_session.update","session":{"input_audio_format":"pcm16","input_audio_transcription":{"model":"gpt-4o-transcribe","prompt":"Suspect names: "}}}
            """);

        Assert.Equal("Suspect names: ", Assert.Single(content.Parts).Text);
    }

    [Fact]
    public void Conversation_item_create_reads_text_images_audio_and_tool_output()
    {
        string png = Bodies.DataUrl("image/png", Bodies.TinyPng);
        string audio = Convert.ToBase64String(new byte[480]);
        var message = Event($$$"""
            {"type":"conversation.item.create","item":{"type":"message","role":"user","content":[
              {"type":"input_text","text":"Is this him?"},
              {"type":"input_image","image_url":"{{{png}}}"},
              {"type":"input_audio","audio":"{{{audio}}}","transcript":"is this him"}]}}
            """);

        Assert.Equal("Is this him?", message.At("item.content[0]").Text);
        Assert.Equal(Bodies.TinyPng, message.At("item.content[1]").Data.ToArray());
        Assert.Equal("480", message.At("item.content[2]").Metadata!["bytes"]);
        Assert.Equal("is this him", message.At("item.content[2].transcript").Text);

        var output = Event("""{"type":"conversation.item.create","item":{"type":"function_call_output","call_id":"c1","output":"{\"match\":\"Jane Roe\"}"}}""");
        Assert.Equal((ContentKind.ToolCall, "{\"match\":\"Jane Roe\"}"), (output.At("item.output").Kind, output.At("item.output").Text));
    }

    [Fact]
    public void Response_create_reads_instructions_input_and_tools()
    {
        var content = Event("""
            {"type":"response.create","response":{"instructions":"Answer in one word.","input":[{"type":"message","role":"user","content":[{"type":"input_text","text":"Name?"}]}],
             "tools":[{"type":"function","name":"lookup"}]}}
            """);

        Assert.Equal("Answer in one word.", content.At("response.instructions").Text);
        Assert.Equal("Name?", content.At("response.input[0].content[0]").Text);
        Assert.Equal("lookup", content.At("response.tools[0].name").Text);
    }

    [Fact]
    public void Audio_buffer_appends_are_described_only()
    {
        var content = Event($$"""{"type":"input_audio_buffer.append","audio":"{{Convert.ToBase64String(new byte[960])}}"}""");

        var audio = Assert.Single(content.Parts);
        Assert.Equal((ContentKind.Audio, "audio", "960"), (audio.Kind, audio.Location, audio.Metadata!["bytes"]));
    }

    [Theory]
    [InlineData("""{"type":"input_audio_buffer.commit"}""")]
    [InlineData("""{"type":"response.cancel"}""")]
    [InlineData("""{"no_type":true}""")]
    public void Events_without_content_yield_nothing(string json)
    {
        Assert.Empty(Event(json).Parts);
    }

    [Fact]
    public void Unknown_event_types_are_read_generically()
    {
        Assert.Equal("hello", Event("""{"type":"some.future_event","text":"hello"}""").At("text").Text);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[\"session.update\"]")]
    public void A_frame_that_is_not_a_json_object_is_refused(string frame)
    {
        Assert.Throws<ContentParseException>(() => Event(frame));
    }

    [Fact]
    public void A_session_minted_over_http_is_read()
    {
        var ga = Bodies.ReadJson(ApiKind.Realtime, """{"session":{"type":"realtime","instructions":"Watch for wanted faces.","audio":{"input":{"transcription":{"prompt":"names"}}}}}""");
        Assert.Equal("Watch for wanted faces.", ga.At("session.instructions").Text);
        Assert.Equal("names", ga.At("session.audio.input.transcription.prompt").Text);

        var preview = Bodies.ReadJson(ApiKind.Realtime, """{"model":"gpt-4o-realtime-preview","instructions":"Be quiet."}""");
        Assert.Equal("Be quiet.", preview.At("instructions").Text);
    }

    [Fact]
    public void A_webrtc_call_reads_the_session_field_and_ignores_sdp()
    {
        byte[] form = new Form().Field("sdp", "v=0\r\no=- 1 2 IN IP4 127.0.0.1").Field("session", """{"instructions":"Spot faces."}""").Build();
        Assert.Equal("Spot faces.", ContentReader.Read(ApiKind.Realtime, Form.ContentType, form).At("instructions").Text);

        Assert.Empty(ContentReader.Read(ApiKind.Realtime, "application/sdp", "v=0\r\n"u8.ToArray()).Parts);
    }

    private static RequestContent Event(string json) => ContentReader.ReadRealtimeEvent(Encoding.UTF8.GetBytes(json));
}
