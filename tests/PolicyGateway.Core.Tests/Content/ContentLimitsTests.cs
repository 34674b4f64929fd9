using System.Text;
using PolicyGateway.Content;

namespace PolicyGateway.Core.Tests.Content;

public class ContentLimitsTests
{
    [Fact]
    public void Defaults_match_the_documented_bounds()
    {
        var limits = ContentLimits.Default;

        Assert.Equal(
            (32 * 1024 * 1024, 10_000, 64, 20 * 1024 * 1024, 50_000, 1024 * 1024),
            (limits.MaxBodyBytes, limits.MaxParts, limits.MaxJsonDepth, limits.MaxImageBytes, limits.MaxBatchLines, limits.MaxTextChars));
    }

    [Fact]
    public void A_body_over_the_size_limit_is_refused_before_parsing()
    {
        var e = Assert.Throws<ContentParseException>(() => Bodies.ReadJson(ApiKind.ChatCompletions, "{\"messages\":[]}  ", new ContentLimits { MaxBodyBytes = 10 }));
        Assert.Contains("more than the limit of 10", e.Message, StringComparison.Ordinal);

        Assert.Throws<ContentParseException>(() => ContentReader.ReadRealtimeEvent(new byte[11], new ContentLimits { MaxBodyBytes = 10 }));
    }

    [Fact]
    public void Json_nested_deeper_than_the_limit_is_refused()
    {
        string deep = "{\"messages\":[{\"role\":\"user\",\"content\":" + new string('[', 20) + new string(']', 20) + "}]}";

        Assert.Throws<ContentParseException>(() => Bodies.ReadJson(ApiKind.ChatCompletions, deep, new ContentLimits { MaxJsonDepth = 16 }));
        Assert.Empty(Bodies.ReadJson(ApiKind.ChatCompletions, deep).Parts);
    }

    [Fact]
    public void More_parts_than_the_limit_are_refused()
    {
        string messages = string.Join(',', Enumerable.Range(0, 6).Select(i => $$$"""{"role":"user","content":"m{{{i}}}"}"""));

        var e = Assert.Throws<ContentParseException>(() => Bodies.ReadJson(ApiKind.ChatCompletions, $$$"""{"messages":[{{{messages}}}]}""", new ContentLimits { MaxParts = 5 }));
        Assert.Contains("more than 5 content parts", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_decoding_past_the_limit_is_refused_before_it_is_decoded()
    {
        string url = Bodies.DataUrl("image/png", new byte[100]);

        var e = Assert.Throws<ContentParseException>(() => Bodies.ReadJson(ApiKind.Responses,
            $$$"""{"input":[{"role":"user","content":[{"type":"input_image","image_url":"{{{url}}}"}]}]}""", new ContentLimits { MaxImageBytes = 99 }));
        Assert.Equal("input[0].content[0]", e.Param);
    }

    [Fact]
    public void An_uploaded_image_past_the_limit_is_refused()
    {
        byte[] form = new Form().Field("prompt", "x").File("image", "a.png", "image/png", new byte[100]).Build();

        Assert.Throws<ContentParseException>(() => ContentReader.Read(ApiKind.ImageEdits, Form.ContentType, form, new ContentLimits { MaxImageBytes = 99 }));
    }

    [Fact]
    public void A_json_string_longer_than_the_text_limit_is_refused()
    {
        var e = Assert.Throws<ContentParseException>(() => Bodies.ReadJson(ApiKind.Responses, $$$"""{"instructions":"{{{new string('x', 11)}}}"}""", new ContentLimits { MaxTextChars = 10 }));

        Assert.Equal("instructions", e.Param);
    }

    [Fact]
    public void A_batch_file_with_more_lines_than_the_limit_is_refused()
    {
        string line = """{"custom_id":"a","method":"POST","url":"/chat/completions","body":{"messages":[]}}""";
        byte[] form = new Form().Field("purpose", "batch").File("file", "b.jsonl", "application/octet-stream", string.Join('\n', Enumerable.Repeat(line, 4))).Build();

        Assert.Equal(4, ContentReader.Read(ApiKind.Files, Form.ContentType, form, new ContentLimits { MaxBatchLines = 4 }).Nested.Count);
        var e = Assert.Throws<ContentParseException>(() => ContentReader.Read(ApiKind.Files, Form.ContentType, form, new ContentLimits { MaxBatchLines = 3 }));
        Assert.Contains("more than 3 lines", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_batch_line_has_its_own_part_budget()
    {
        string line = """{"custom_id":"a","method":"POST","url":"/chat/completions","body":{"messages":[{"role":"user","content":"a"},{"role":"user","content":"b"}]}}""";
        byte[] form = new Form().Field("purpose", "batch").File("file", "b.jsonl", "application/octet-stream", Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(line + "\n" + line))).Build();

        var content = ContentReader.Read(ApiKind.Files, Form.ContentType, form, new ContentLimits { MaxParts = 2 });

        Assert.All(content.Nested, n => Assert.Equal(2, n.Parts.Count));
    }
}
