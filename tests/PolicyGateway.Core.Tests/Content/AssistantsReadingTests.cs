using PolicyGateway.Content;

namespace PolicyGateway.Core.Tests.Content;

public class AssistantsReadingTests
{
    [Fact]
    public void Assistant_create_reads_name_description_instructions_and_tools()
    {
        var content = Bodies.ReadJson(ApiKind.Assistants, """
            {"model":"gpt-4o","name":"FaceFinder","description":"Finds people in CCTV","instructions":"Match faces against the watchlist.",
             "tools":[{"type":"code_interpreter"},{"type":"function","function":{"name":"watchlist_lookup","description":"Look up a person"}}],
             "tool_resources":{"file_search":{"vector_store_ids":["vs_1"]}}}
            """);

        Assert.Equal("FaceFinder", content.At("name").Text);
        Assert.Equal("Finds people in CCTV", content.At("description").Text);
        Assert.Equal(("Match faces against the watchlist.", "system"), (content.At("instructions").Text, content.At("instructions").Role));
        Assert.Equal("code_interpreter", content.At("tools[0].type").Text);
        Assert.Equal("watchlist_lookup", content.At("tools[1].function.name").Text);
        Assert.Equal(6, content.Parts.Count);
    }

    [Fact]
    public void Thread_create_reads_messages_with_image_parts_and_attachments()
    {
        var content = Bodies.ReadJson(ApiKind.Threads, """
            {"messages":[{"role":"user","content":[
               {"type":"text","text":"Who is this?"},
               {"type":"image_url","image_url":{"url":"https://x.example/p.jpg","detail":"high"}},
               {"type":"image_file","image_file":{"file_id":"file-img"}}],
               "attachments":[{"file_id":"file-doc","tools":[{"type":"file_search"}]}]}]}
            """);

        Assert.Equal("Who is this?", content.At("messages[0].content[0]").Text);
        Assert.Equal(ContentKind.ImageReference, content.At("messages[0].content[1]").Kind);
        Assert.Equal(("file-img", ContentKind.ImageReference), (content.At("messages[0].content[2]").Text, content.At("messages[0].content[2]").Kind));
        Assert.Equal((ContentKind.File, "file-doc"), (content.At("messages[0].attachments[0].file_id").Kind, content.At("messages[0].attachments[0].file_id").Text));
    }

    [Fact]
    public void Message_create_reads_the_body_as_one_message()
    {
        var text = Bodies.ReadJson(ApiKind.Threads, """{"role":"user","content":"Find him in the footage."}""");
        Assert.Equal(("content", "user"), (Assert.Single(text.Parts).Location, text.Parts[0].Role));

        var parts = Bodies.ReadJson(ApiKind.Threads, """{"role":"user","content":[{"type":"text","text":"a"},{"type":"text","text":"b"}]}""");
        Assert.Equal(["content[0]", "content[1]"], parts.Parts.Select(p => p.Location));
    }

    [Fact]
    public void Run_create_reads_instructions_additional_instructions_and_messages()
    {
        var content = Bodies.ReadJson(ApiKind.Threads, """
            {"assistant_id":"asst_1","instructions":"Override.","additional_instructions":"Also check the DMV photos.",
             "additional_messages":[{"role":"user","content":"Frame 7 too."}],
             "tools":[{"type":"function","function":{"name":"dmv_photo","parameters":{"type":"object","properties":{"plate":{"type":"string"}}}}}]}
            """);

        Assert.Equal("Override.", content.At("instructions").Text);
        Assert.Equal("Also check the DMV photos.", content.At("additional_instructions").Text);
        Assert.Equal("Frame 7 too.", content.At("additional_messages[0].content").Text);
        Assert.Equal("plate", content.At("tools[0].function.parameters").Text);
    }

    [Fact]
    public void Assistant_response_format_schema_is_read()
    {
        var content = Bodies.ReadJson(ApiKind.Assistants, """
            {"model":"gpt-4o","response_format":{"type":"json_schema","json_schema":{"name":"match","schema":{"type":"object","properties":{"booking_id":{"type":"string"}}}}}}
            """);

        Assert.Equal("booking_id", content.At("response_format.json_schema.schema").Text);
    }

    [Fact]
    public void Create_and_run_reads_the_thread_messages()
    {
        var content = Bodies.ReadJson(ApiKind.Threads, """
            {"assistant_id":"asst_1","instructions":"Be brief.","thread":{"messages":[{"role":"user","content":"Identify the driver."}]}}
            """);

        Assert.Equal("Identify the driver.", content.At("thread.messages[0].content").Text);
        Assert.Equal("Be brief.", content.At("instructions").Text);
    }

    [Fact]
    public void Submitted_tool_outputs_are_tool_calls()
    {
        var content = Bodies.ReadJson(ApiKind.Threads, """
            {"tool_outputs":[{"tool_call_id":"call_1","output":"Match: Jane Roe"}],"stream":true}
            """);

        var output = Assert.Single(content.Parts);
        Assert.Equal(("tool_outputs[0].output", ContentKind.ToolCall, "Match: Jane Roe"), (output.Location, output.Kind, output.Text));
    }
}
