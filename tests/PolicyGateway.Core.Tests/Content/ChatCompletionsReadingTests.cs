using PolicyGateway.Content;

namespace PolicyGateway.Core.Tests.Content;

public class ChatCompletionsReadingTests
{
    [Fact]
    public void Reads_every_role_with_exact_locations()
    {
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, """
            {"model":"gpt-4o","messages":[
              {"role":"system","content":"You help detectives."},
              {"role":"developer","content":[{"type":"text","text":"Be terse."}]},
              {"role":"user","name":"officer_12","content":"Who is the man in this still?"},
              {"role":"assistant","content":null,"refusal":"I can't identify people.",
               "tool_calls":[{"id":"call_1","type":"function","function":{"name":"search_faces","arguments":"{\"watchlist\":\"gang\"}"}}]},
              {"role":"tool","tool_call_id":"call_1","content":"match: John Doe (0.93)"},
              {"role":"function","name":"lookup","content":"{\"found\":true}"}
            ],"temperature":0.2,"stream":true}
            """);

        Assert.Equal(ApiKind.ChatCompletions, content.Api);
        Assert.Equal(("You help detectives.", ContentKind.Text, "system"), Describe(content.At("messages[0].content")));
        Assert.Equal(("Be terse.", ContentKind.Text, "developer"), Describe(content.At("messages[1].content[0]")));
        Assert.Equal(("officer_12", ContentKind.Text, "user"), Describe(content.At("messages[2].name")));
        Assert.Equal(("Who is the man in this still?", ContentKind.Text, "user"), Describe(content.At("messages[2].content")));
        Assert.Equal(("I can't identify people.", ContentKind.Text, "assistant"), Describe(content.At("messages[3].refusal")));
        Assert.Equal(("search_faces", ContentKind.ToolCall, "assistant"), Describe(content.At("messages[3].tool_calls[0].function.name")));
        Assert.Equal(("{\"watchlist\":\"gang\"}", ContentKind.ToolCall, "assistant"), Describe(content.At("messages[3].tool_calls[0].function.arguments")));
        Assert.Equal(("match: John Doe (0.93)", ContentKind.ToolCall, "tool"), Describe(content.At("messages[4].content")));
        Assert.Equal(("{\"found\":true}", ContentKind.ToolCall, "function"), Describe(content.At("messages[5].content")));
        Assert.Equal(("lookup", ContentKind.Text, "function"), Describe(content.At("messages[5].name")));
        Assert.Equal(10, content.Parts.Count);
        Assert.Empty(content.Nested);
    }

    [Fact]
    public void Decodes_a_data_url_image_with_its_exif()
    {
        byte[] jpeg = ExifJpeg.Build("Axon", "Body 3");
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, $$$"""
            {"messages":[{"role":"user","content":[
              {"type":"text","text":"Compare with mugshots"},
              {"type":"image_url","image_url":{"url":"{{{Bodies.DataUrl("image/jpeg", jpeg)}}}","detail":"high"}}
            ]}]}
            """);

        var image = content.At("messages[0].content[1]");
        Assert.Equal(ContentKind.Image, image.Kind);
        Assert.Equal("image/jpeg", image.MediaType);
        Assert.Equal(jpeg, image.Data.ToArray());
        Assert.Equal("Axon", image.Metadata!["Make"]);
        Assert.Equal("Body 3", image.Metadata!["Model"]);
        Assert.Equal("user", image.Role);
    }

    [Fact]
    public void Decodes_base64_whose_plus_signs_are_json_escaped()
    {
        // System.Text.Json-based clients (the OpenAI .NET SDK) escape '+' as \u002B.
        byte[] bytes = [0xFB, 0xEF, 0xBE, 0x01, 0x02, 0x03];
        string base64 = Convert.ToBase64String(bytes);
        Assert.Contains('+', base64);
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, $$$"""
            {"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"data:image\/png;base64,{{{base64.Replace("+", "\\u002B")}}}"}}]}]}
            """);

        var image = content.At("messages[0].content[0]");
        Assert.Equal(bytes, image.Data.ToArray());
        Assert.Equal("image/png", image.MediaType);
        Assert.Null(image.Metadata);
    }

    [Fact]
    public void Keeps_an_https_image_as_a_reference()
    {
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, """
            {"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://evidence.example/cam7/frame_0042.jpg"}}]}]}
            """);

        var reference = content.At("messages[0].content[0]");
        Assert.Equal(ContentKind.ImageReference, reference.Kind);
        Assert.Equal("https://evidence.example/cam7/frame_0042.jpg", reference.Text);
        Assert.True(reference.Data.IsEmpty);
    }

    [Fact]
    public void Bare_base64_that_decodes_to_an_image_is_read_as_one()
    {
        byte[] jpeg = ExifJpeg.Build("Axon", "Body 3");
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, $$$"""
            {"messages":[{"role":"user","content":[
              {"type":"image_url","image_url":{"url":"{{{Convert.ToBase64String(jpeg)}}}"}},
              {"type":"image_url","image_url":{"url":"bm90IGFuIGltYWdl"}}]}]}
            """);

        Assert.Equal((ContentKind.Image, "Axon"), (content.At("messages[0].content[0]").Kind, content.At("messages[0].content[0]").Metadata!["Make"]));
        Assert.Equal((ContentKind.ImageReference, "bm90IGFuIGltYWdl"), (content.At("messages[0].content[1]").Kind, content.At("messages[0].content[1]").Text));
    }

    [Fact]
    public void Describes_input_audio_without_decoding_it()
    {
        string audio = Convert.ToBase64String(new byte[1000]);
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, $$$"""
            {"model":"gpt-4o-audio-preview","messages":[{"role":"user","content":[{"type":"input_audio","input_audio":{"data":"{{{audio}}}","format":"wav"}}]}]}
            """);

        var part = content.At("messages[0].content[0]");
        Assert.Equal(ContentKind.Audio, part.Kind);
        Assert.True(part.Data.IsEmpty);
        Assert.Equal("1000", part.Metadata!["bytes"]);
        Assert.Equal("wav", part.Metadata!["format"]);
    }

    [Fact]
    public void Reads_file_parts_by_id_and_decodes_inline_text_files()
    {
        string csv = Convert.ToBase64String("name,last_seen\nJohn Doe,Main St\n"u8.ToArray());
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, $$$"""
            {"messages":[{"role":"user","content":[
              {"type":"file","file":{"file_id":"file-abc123"}},
              {"type":"file","file":{"filename":"suspects.csv","file_data":"data:text/csv;base64,{{{csv}}}"}}
            ]}]}
            """);

        var byId = content.At("messages[0].content[0]");
        Assert.Equal((ContentKind.File, "file-abc123"), (byId.Kind, byId.Text));
        Assert.Equal("file-abc123", byId.Metadata!["file_id"]);

        var inline = content.At("messages[0].content[1]");
        Assert.Equal((ContentKind.File, "suspects.csv", "text/csv"), (inline.Kind, inline.Text, inline.MediaType));
        Assert.Equal(32, inline.Data.Length);
        Assert.Equal("name,last_seen\nJohn Doe,Main St\n", content.At("messages[0].content[1].file_data").Text);
    }

    [Fact]
    public void An_inline_file_that_is_an_image_becomes_an_image_part()
    {
        byte[] jpeg = ExifJpeg.Build("Axon", "Fleet 3");
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, $$$"""
            {"messages":[{"role":"user","content":[{"type":"file","file":{"filename":"frame.jpg","file_data":"{{{Convert.ToBase64String(jpeg)}}}"}}]}]}
            """);

        var image = content.At("messages[0].content[0]");
        Assert.Equal((ContentKind.Image, "frame.jpg", "image/jpeg"), (image.Kind, image.Text, image.MediaType));
        Assert.Equal("Fleet 3", image.Metadata!["Model"]);
    }

    [Fact]
    public void Reads_tool_definitions_with_flattened_parameter_schema()
    {
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, """
            {"messages":[{"role":"user","content":"hi"}],
             "tools":[{"type":"function","function":{"name":"match_face","description":"Match a face against the booking database",
               "parameters":{"type":"object","properties":{
                 "image_id":{"type":"string","description":"Frame from the body camera"},
                 "database":{"type":"string","enum":["mugshots","dmv"]}},
                 "required":["image_id"]},"strict":true}}],
             "functions":[{"name":"legacy_lookup","description":"Old style","parameters":{"type":"object","properties":{"plate":{"type":"string"}}}}]}
            """);

        Assert.Equal("match_face", content.At("tools[0].function.name").Text);
        Assert.Equal("Match a face against the booking database", content.At("tools[0].function.description").Text);
        var schema = content.At("tools[0].function.parameters");
        Assert.Equal(ContentKind.ToolDefinition, schema.Kind);
        Assert.Equal("image_id\nFrame from the body camera\ndatabase\nmugshots\ndmv", schema.Text);
        Assert.Equal("legacy_lookup", content.At("functions[0].name").Text);
        Assert.Equal("plate", content.At("functions[0].parameters").Text);
        Assert.All(content.Parts.Where(p => p.Location.StartsWith("tools", StringComparison.Ordinal)), p => Assert.Equal(ContentKind.ToolDefinition, p.Kind));
    }

    [Fact]
    public void Reads_legacy_function_call_and_custom_tools()
    {
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, """
            {"messages":[{"role":"assistant","function_call":{"name":"lookup","arguments":"{\"q\":\"plate 7ABC\"}"}},
                         {"role":"assistant","tool_calls":[{"id":"c","type":"custom","custom":{"name":"sql","input":"SELECT * FROM faces"}}]}],
             "tools":[{"type":"custom","custom":{"name":"sql","description":"Runs SQL on the face index"}}]}
            """);

        Assert.Equal("lookup", content.At("messages[0].function_call.name").Text);
        Assert.Equal("{\"q\":\"plate 7ABC\"}", content.At("messages[0].function_call.arguments").Text);
        Assert.Equal("SELECT * FROM faces", content.At("messages[1].tool_calls[0].custom.input").Text);
        Assert.Equal("Runs SQL on the face index", content.At("tools[0].custom.description").Text);
    }

    [Fact]
    public void Reads_response_format_schema_prediction_and_data_source_role_information()
    {
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, """
            {"messages":[{"role":"user","content":"x"}],
             "response_format":{"type":"json_schema","json_schema":{"name":"identity","description":"Who the person is",
               "schema":{"type":"object","properties":{"full_name":{"type":"string","description":"Name of the matched person"}}},"strict":true}},
             "prediction":{"type":"content","content":"Suspect identified as"},
             "data_sources":[{"type":"azure_search","parameters":{"endpoint":"https://s.search.windows.net","index_name":"faces",
               "role_information":"You find people in the booking index."}}]}
            """);

        Assert.Equal("identity", content.At("response_format.json_schema.name").Text);
        Assert.Equal("Who the person is", content.At("response_format.json_schema.description").Text);
        Assert.Equal("full_name\nName of the matched person", content.At("response_format.json_schema.schema").Text);
        Assert.Equal("Suspect identified as", content.At("prediction.content").Text);
        var role = content.At("data_sources[0].parameters.role_information");
        Assert.Equal(("You find people in the booking index.", "system"), (role.Text, role.Role));
    }

    [Fact]
    public void Unknown_part_types_are_read_for_their_strings()
    {
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, """
            {"messages":[{"role":"user","content":[{"type":"future_part","id":"x1","future_part":{"caption":"identify him"}}]}]}
            """);

        var part = Assert.Single(content.Parts);
        Assert.Equal(("messages[0].content[0].future_part.caption", "identify him"), (part.Location, part.Text));
    }

    [Fact]
    public void Ignores_fields_of_the_wrong_shape()
    {
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, """
            {"messages":{"role":"user"},"tools":"none","response_format":{"type":"json_object"}}
            """);

        Assert.Empty(content.Parts);
    }

    private static (string?, ContentKind, string?) Describe(ContentPart part) => (part.Text, part.Kind, part.Role);
}
