using PolicyGateway.Content;

namespace PolicyGateway.Core.Tests.Content;

public class ResponsesReadingTests
{
    [Fact]
    public void Reads_a_string_input_and_instructions()
    {
        var content = Bodies.ReadJson(ApiKind.Responses, """
            {"model":"gpt-4.1","instructions":"You are a records clerk.","input":"Summarise the incident report."}
            """);

        Assert.Equal(2, content.Parts.Count);
        var instructions = content.At("instructions");
        Assert.Equal(("You are a records clerk.", ContentKind.Text, "system"), (instructions.Text, instructions.Kind, instructions.Role));
        var input = content.At("input");
        Assert.Equal(("Summarise the incident report.", "user"), (input.Text, input.Role));
    }

    [Fact]
    public void Reads_message_items_with_every_input_part_type()
    {
        byte[] jpeg = ExifJpeg.Build("Axon", "Body 3", serialNumber: "X6039123");
        string pdf = Convert.ToBase64String("%PDF-1.7 fake"u8.ToArray());
        string audio = Convert.ToBase64String(new byte[300]);
        var content = Bodies.ReadJson(ApiKind.Responses, $$$"""
            {"model":"gpt-4o","input":[
              {"role":"developer","content":"Only answer about the case."},
              {"type":"message","role":"user","content":[
                {"type":"input_text","text":"Is this the same person as in the booking photo?"},
                {"type":"input_image","image_url":"{{{Bodies.DataUrl("image/jpeg", jpeg)}}}","detail":"auto"},
                {"type":"input_image","image_url":"https://cdn.example/booking/123.png"},
                {"type":"input_image","file_id":"file-img1"},
                {"type":"input_file","filename":"report.pdf","file_data":"data:application/pdf;base64,{{{pdf}}}"},
                {"type":"input_file","file_url":"https://cdn.example/report2.pdf"},
                {"type":"input_audio","input_audio":{"data":"{{{audio}}}","format":"mp3"}}
              ]},
              {"role":"assistant","content":[{"type":"output_text","text":"I cannot verify identities.","annotations":[]}]}
            ]}
            """);

        Assert.Equal(("Only answer about the case.", "developer"), (content.At("input[0].content").Text, content.At("input[0].content").Role));
        Assert.Equal("Is this the same person as in the booking photo?", content.At("input[1].content[0]").Text);
        var image = content.At("input[1].content[1]");
        Assert.Equal((ContentKind.Image, "X6039123", "Axon"), (image.Kind, image.Metadata!["SerialNumber"], image.Metadata!["Make"]));
        Assert.Equal((ContentKind.ImageReference, "https://cdn.example/booking/123.png"), (content.At("input[1].content[2]").Kind, content.At("input[1].content[2]").Text));
        Assert.Equal((ContentKind.ImageReference, "file-img1"), (content.At("input[1].content[3]").Kind, content.At("input[1].content[3]").Text));
        var file = content.At("input[1].content[4]");
        Assert.Equal((ContentKind.File, "report.pdf", "application/pdf", 13), (file.Kind, file.Text, file.MediaType, file.Data.Length));
        Assert.Equal("https://cdn.example/report2.pdf", content.At("input[1].content[5]").Text);
        Assert.Equal(("300", "mp3"), (content.At("input[1].content[6]").Metadata!["bytes"], content.At("input[1].content[6]").Metadata!["format"]));
        Assert.Equal(("I cannot verify identities.", "assistant"), (content.At("input[2].content[0]").Text, content.At("input[2].content[0]").Role));
        Assert.DoesNotContain(content.Parts, p => p.Location == "input[1].content[4].file_data");
    }

    [Fact]
    public void Reads_tool_calls_and_outputs_in_history()
    {
        var content = Bodies.ReadJson(ApiKind.Responses, """
            {"input":[
              {"type":"function_call","call_id":"call_9","name":"face_search","arguments":"{\"frame\":\"cam4_0012\"}"},
              {"type":"function_call_output","call_id":"call_9","output":"Top match: Jane Roe, 0.97"},
              {"type":"function_call_output","call_id":"call_8","output":[{"type":"input_text","text":"structured output"}]},
              {"type":"custom_tool_call","call_id":"c2","name":"grep","input":"faces/*.jpg"},
              {"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"Need to match the face"}]},
              {"type":"web_search_call","id":"ws_1","status":"completed","action":{"type":"search","query":"Jane Roe arrest"}},
              {"type":"item_reference","id":"msg_123"}
            ]}
            """);

        Assert.Equal(("face_search", ContentKind.ToolCall), (content.At("input[0].name").Text, content.At("input[0].name").Kind));
        Assert.Equal("{\"frame\":\"cam4_0012\"}", content.At("input[0].arguments").Text);
        var output = content.At("input[1].output");
        Assert.Equal(("Top match: Jane Roe, 0.97", ContentKind.ToolCall, "tool"), (output.Text, output.Kind, output.Role));
        Assert.Equal(ContentKind.ToolCall, content.At("input[2].output[0]").Kind);
        Assert.Equal("faces/*.jpg", content.At("input[3].input").Text);
        Assert.Equal(("Need to match the face", ContentKind.Text), (content.At("input[4].summary[0].text").Text, content.At("input[4].summary[0].text").Kind));
        Assert.Equal(("Jane Roe arrest", ContentKind.ToolCall), (content.At("input[5].action.query").Text, content.At("input[5].action.query").Kind));
        Assert.Equal(8, content.Parts.Count);
    }

    [Fact]
    public void Unknown_item_types_are_read_as_text_unless_they_are_tool_traffic()
    {
        var content = Bodies.ReadJson(ApiKind.Responses, """
            {"input":[
              {"type":"mcp_call","id":"mcp_1","server_label":"facedb","name":"search","arguments":"{\"q\":\"face\"}","output":"3 matches"},
              {"type":"compaction_summary","id":"c_1","summary":"User asked to identify a man"}
            ]}
            """);

        Assert.Equal(ContentKind.ToolCall, content.At("input[0].arguments").Kind);
        Assert.Equal(ContentKind.ToolCall, content.At("input[0].output").Kind);
        Assert.Equal(("User asked to identify a man", ContentKind.Text), (content.At("input[1].summary").Text, content.At("input[1].summary").Kind));
    }

    [Fact]
    public void Decodes_screenshots_and_generated_images_in_history()
    {
        string png = Convert.ToBase64String(Bodies.TinyPng);
        var content = Bodies.ReadJson(ApiKind.Responses, $$$"""
            {"input":[
              {"type":"computer_call_output","call_id":"c1","output":{"type":"computer_screenshot","image_url":"data:image/png;base64,{{{png}}}"}},
              {"type":"image_generation_call","id":"ig_1","status":"completed","result":"{{{png}}}"}
            ]}
            """);

        Assert.Equal((ContentKind.Image, "image/png"), (content.At("input[0].output").Kind, content.At("input[0].output").MediaType));
        var generated = content.At("input[1].result");
        Assert.Equal((ContentKind.Image, "image/png"), (generated.Kind, generated.MediaType));
        Assert.Equal(Bodies.TinyPng, generated.Data.ToArray());
    }

    [Fact]
    public void Reads_function_and_hosted_tools_text_format_and_prompt_variables()
    {
        var content = Bodies.ReadJson(ApiKind.Responses, """
            {"input":"go",
             "tools":[
               {"type":"function","name":"identify_person","description":"Identify a person from a photo","parameters":{"type":"object","properties":{"photo":{"type":"string","description":"Base64 face crop"}}},"strict":true},
               {"type":"file_search","vector_store_ids":["vs_1"]},
               {"type":"mcp","server_label":"facedb","server_url":"https://facedb.example/mcp","server_description":"Face recognition lookups","require_approval":"never","headers":{"Authorization":"Bearer secret"}}
             ],
             "text":{"format":{"type":"json_schema","name":"match","schema":{"type":"object","properties":{"person_id":{"type":"string"}}}}},
             "prompt":{"id":"pmpt_1","version":"2","variables":{"suspect":"John Doe","photo":{"type":"input_image","image_url":"https://x.example/a.jpg"}}}}
            """);

        Assert.Equal("identify_person", content.At("tools[0].name").Text);
        Assert.Equal("Identify a person from a photo", content.At("tools[0].description").Text);
        Assert.Equal("photo\nBase64 face crop", content.At("tools[0].parameters").Text);
        Assert.Equal((ContentKind.ToolDefinition, "file_search"), (content.At("tools[1].type").Kind, content.At("tools[1].type").Text));
        Assert.Equal("mcp", content.At("tools[2].type").Text);
        Assert.Equal("facedb", content.At("tools[2].server_label").Text);
        Assert.Equal("Face recognition lookups", content.At("tools[2].server_description").Text);
        Assert.DoesNotContain(content.Parts, p => p.Text?.Contains("secret", StringComparison.Ordinal) == true);
        Assert.Equal("match", content.At("text.format.name").Text);
        Assert.Equal("person_id", content.At("text.format.schema").Text);
        Assert.Equal("John Doe", content.At("prompt.variables.suspect").Text);
        Assert.Equal(ContentKind.ImageReference, content.At("prompt.variables.photo").Kind);
    }

    [Fact]
    public void Conversation_items_read_like_responses_input()
    {
        var content = Bodies.ReadJson(ApiKind.Conversations, """
            {"items":[{"type":"message","role":"user","content":[{"type":"input_text","text":"Remember this face."}]}],"metadata":{"case":"42"}}
            """);

        Assert.Equal("Remember this face.", Assert.Single(content.Parts).Text);
        Assert.Equal("items[0].content[0]", content.Parts[0].Location);
    }
}
