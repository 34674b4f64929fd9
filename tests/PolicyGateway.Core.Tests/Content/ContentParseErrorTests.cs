using System.Text;
using PolicyGateway.Content;

namespace PolicyGateway.Core.Tests.Content;

public class ContentParseErrorTests
{
    [Theory]
    [InlineData("{\"messages\":[")]
    [InlineData("{'messages':[]}")]
    [InlineData("{\"messages\":[]} trailing")]
    [InlineData("   ")]
    public void Invalid_json_is_refused(string body)
    {
        var e = Assert.Throws<ContentParseException>(() => Bodies.ReadJson(ApiKind.ChatCompletions, body));

        Assert.StartsWith("The request body is not valid JSON", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"messages":[{"role":"user","content":"benign"}],"messages":[{"role":"user","content":"hidden"}]}""")]
    [InlineData("""{"messages":[{"role":"user","content":"a","content":"b"}]}""")]
    [InlineData("""{"input":"a","in\u0070ut":"b"}""")]
    public void Duplicate_keys_are_refused_so_the_gateway_and_upstream_cannot_read_different_copies(string body)
    {
        Assert.Throws<ContentParseException>(() => Bodies.ReadJson(ApiKind.ChatCompletions, body));
    }

    [Fact]
    public void Escaped_keys_and_type_names_are_read_like_plain_ones()
    {
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, """
            {"mess\u0061ges":[{"role":"us\u0065r","content":[{"type":"te\u0078t","t\u0065xt":"Who is he?"}]}]}
            """);

        var part = Assert.Single(content.Parts);
        Assert.Equal(("messages[0].content[0]", "Who is he?", "user"), (part.Location, part.Text, part.Role));
    }

    [Fact]
    public void A_utf8_byte_order_mark_before_the_json_is_skipped()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. """{"input":"hi"}"""u8];

        Assert.Equal("hi", Assert.Single(ContentReader.Read(ApiKind.Responses, Bodies.Json, body).Parts).Text);
    }

    [Theory]
    [InlineData("[{\"role\":\"user\"}]", "Array")]
    [InlineData("\"hello\"", "String")]
    [InlineData("null", "Null")]
    public void Json_that_is_not_an_object_is_refused(string body, string kind)
    {
        var e = Assert.Throws<ContentParseException>(() => Bodies.ReadJson(ApiKind.Responses, body));

        Assert.Contains(kind, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=b")]
    public void A_json_api_with_another_content_type_is_refused(string contentType)
    {
        Assert.Throws<ContentParseException>(() => ContentReader.Read(ApiKind.ChatCompletions, contentType, "{}"u8.ToArray()));
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON")]
    [InlineData("application/merge-patch+json")]
    [InlineData(null)]
    public void Json_content_types_and_a_missing_one_are_read_as_json(string? contentType)
    {
        var content = ContentReader.Read(ApiKind.Responses, contentType, """{"input":"hi"}"""u8.ToArray());

        Assert.Equal("hi", Assert.Single(content.Parts).Text);
    }

    [Theory]
    [InlineData(ApiKind.AudioTranscriptions)]
    [InlineData(ApiKind.AudioTranslations)]
    public void A_form_api_with_a_json_body_is_refused(ApiKind api)
    {
        Assert.Throws<ContentParseException>(() => Bodies.ReadJson(api, """{"prompt":"x"}"""));
    }

    [Theory]
    [InlineData("data:image/png;base64,not*base64")]
    [InlineData("data:image/png;base64,QUJD=")]
    [InlineData("data:image/png,rawbytes")]
    [InlineData("data:image/png;base64")]
    public void A_bad_data_url_is_refused_with_its_location(string url)
    {
        var e = Assert.Throws<ContentParseException>(() => Bodies.ReadJson(ApiKind.ChatCompletions, $$$"""
            {"messages":[{"role":"user","content":[{"type":"text","text":"x"},{"type":"image_url","image_url":{"url":"{{{url}}}"}}]}]}
            """));

        Assert.Equal("messages[0].content[1]", e.Param);
    }

    [Fact]
    public void Bad_base64_in_a_responses_image_or_file_is_refused()
    {
        var image = Assert.Throws<ContentParseException>(() => Bodies.ReadJson(ApiKind.Responses, """
            {"input":[{"role":"user","content":[{"type":"input_image","image_url":"data:image/jpeg;base64,%%%"}]}]}
            """));
        Assert.Equal("input[0].content[0]", image.Param);

        var file = Assert.Throws<ContentParseException>(() => Bodies.ReadJson(ApiKind.Responses, """
            {"input":[{"role":"user","content":[{"type":"input_file","filename":"a.pdf","file_data":"data:application/pdf;base64,!!"}]}]}
            """));
        Assert.Equal("input[0].content[0].file_data", file.Param);
    }

    [Fact]
    public void Bad_base64_audio_is_refused()
    {
        var e = Assert.Throws<ContentParseException>(() => Bodies.ReadJson(ApiKind.ChatCompletions, """
            {"messages":[{"role":"user","content":[{"type":"input_audio","input_audio":{"data":"***","format":"wav"}}]}]}
            """));

        Assert.Equal("messages[0].content[0]", e.Param);
    }

    [Fact]
    public void Base64_with_line_breaks_is_accepted()
    {
        string wrapped = Convert.ToBase64String(Bodies.TinyPng, Base64FormattingOptions.InsertLineBreaks).Replace("\r\n", "\\r\\n");
        var content = Bodies.ReadJson(ApiKind.ChatCompletions, $$$"""
            {"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"data:image/png;base64,{{{wrapped}}}"}}]}]}
            """);

        Assert.Equal(Bodies.TinyPng, content.Parts[0].Data.ToArray());
    }

    [Fact]
    public void A_non_utf8_prompt_field_is_refused()
    {
        byte[] form = Encoding.UTF8.GetBytes($"--{Form.Boundary}\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\n")
            .Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes($"\r\n--{Form.Boundary}--\r\n")).ToArray();

        var e = Assert.Throws<ContentParseException>(() => ContentReader.Read(ApiKind.AudioTranscriptions, Form.ContentType, form));
        Assert.Equal("prompt", e.Param);
    }
}
