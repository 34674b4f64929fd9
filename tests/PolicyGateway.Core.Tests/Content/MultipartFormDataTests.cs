using System.Text;
using PolicyGateway.Content;
using PolicyGateway.Content.Multipart;

namespace PolicyGateway.Core.Tests.Content;

public class MultipartFormDataTests
{
    [Fact]
    public void Parses_fields_and_files_with_crlf()
    {
        byte[] body = new Form().Field("purpose", "batch").File("file", "batch.jsonl", "application/octet-stream", "line1\r\nline2").Build();

        var sections = MultipartFormData.Parse(Form.ContentType, body, 10);

        Assert.Equal(2, sections.Count);
        Assert.Equal(("purpose", null, null, "batch"), Describe(sections[0]));
        Assert.Equal(("file", "batch.jsonl", "application/octet-stream", "line1\r\nline2"), Describe(sections[1]));
    }

    [Fact]
    public void Parses_bare_lf_line_ends_a_quoted_boundary_preamble_and_epilogue()
    {
        string body = "preamble to ignore\n--a b:c\nContent-Disposition: form-data; name=\"prompt\"\n\nblur the faces\n--a b:c\ncontent-disposition: form-data; name=image; filename=x.png\ncontent-type: image/png\n\nPNG\n--a b:c--\nepilogue";

        var sections = MultipartFormData.Parse("multipart/form-data; boundary=\"a b:c\"", Encoding.UTF8.GetBytes(body), 10);

        Assert.Equal(("prompt", null, null, "blur the faces"), Describe(sections[0]));
        Assert.Equal(("image", "x.png", "image/png", "PNG"), Describe(sections[1]));
    }

    [Fact]
    public void Keeps_empty_parts_and_content_that_merely_starts_like_the_boundary()
    {
        string body = "--b\r\nContent-Disposition: form-data; name=\"empty\"\r\n\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nx\r\n--bb not a delimiter\r\ny\r\n--b--";

        var sections = MultipartFormData.Parse("multipart/form-data; boundary=b", Encoding.UTF8.GetBytes(body), 10);

        Assert.Equal("", Encoding.UTF8.GetString(sections[0].Body.Span));
        Assert.Equal("x\r\n--bb not a delimiter\r\ny", Encoding.UTF8.GetString(sections[1].Body.Span));
    }

    [Fact]
    public void Reads_escaped_and_extended_file_names()
    {
        string body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a \\\"q\\\".txt\"\r\n\r\n1\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fallback.txt\"; filename*=UTF-8''caf%C3%A9.txt\r\n\r\n2\r\n--b--\r\n";

        var sections = MultipartFormData.Parse("multipart/form-data; boundary=b", Encoding.UTF8.GetBytes(body), 10);

        Assert.Equal("a \"q\".txt", sections[0].FileName);
        Assert.Equal("café.txt", sections[1].FileName);
    }

    [Fact]
    public void Section_bodies_are_slices_of_the_request_body()
    {
        byte[] body = new Form().File("file", "a.bin", "application/octet-stream", [1, 2, 3]).Build();

        var section = Assert.Single(MultipartFormData.Parse(Form.ContentType, body, 10));

        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(section.Body, out var segment));
        Assert.Same(body, segment.Array);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("multipart/form-data")]
    [InlineData("multipart/form-data; boundary=")]
    [InlineData("multipart/form-data; boundary=\"unterminated")]
    [InlineData(null)]
    public void Refuses_a_content_type_without_a_usable_boundary(string? contentType)
    {
        Assert.Throws<ContentParseException>(() => MultipartFormData.Parse(contentType, "--b\r\n\r\n--b--"u8.ToArray(), 10));
    }

    [Fact]
    public void Refuses_a_boundary_longer_than_70_characters()
    {
        Assert.Throws<ContentParseException>(() => MultipartFormData.Boundary("multipart/form-data; boundary=" + new string('x', 71)));
    }

    [Theory]
    [InlineData("no delimiter at all")]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nnever closed")]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"a\"")]
    [InlineData("--bjunk\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--b--")]
    [InlineData("--b\r\nno colon here\r\n\r\nx\r\n--b--")]
    [InlineData("--b trailing\r\n\r\nx\r\n--b--")]
    public void Refuses_broken_bodies(string body)
    {
        Assert.Throws<ContentParseException>(() => MultipartFormData.Parse("multipart/form-data; boundary=b", Encoding.UTF8.GetBytes(body), 10));
    }

    [Fact]
    public void Refuses_more_sections_than_the_limit()
    {
        var form = new Form();
        for (int i = 0; i < 5; i++)
        {
            form.Field("f" + i, "v");
        }

        var e = Assert.Throws<ContentParseException>(() => MultipartFormData.Parse(Form.ContentType, form.Build(), 4));
        Assert.Contains("more than 4 parts", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_endless_header_block()
    {
        string body = "--b\r\n" + string.Concat(Enumerable.Repeat("X-Pad: " + new string('p', 100) + "\r\n", 200)) + "\r\nx\r\n--b--";

        Assert.Throws<ContentParseException>(() => MultipartFormData.Parse("multipart/form-data; boundary=b", Encoding.UTF8.GetBytes(body), 10));
    }

    private static (string?, string?, string?, string) Describe(MultipartSection section) =>
        (section.Name, section.FileName, section.ContentType, Encoding.UTF8.GetString(section.Body.Span));
}
