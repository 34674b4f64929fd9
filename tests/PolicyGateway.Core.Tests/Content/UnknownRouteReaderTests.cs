using System.Text;
using PolicyGateway.Content;

namespace PolicyGateway.Core.Tests.Content;

/// <summary>Writes to routes without a specific reader are still read, so content cannot slip past through them.</summary>
public sealed class UnknownRouteReaderTests
{
    [Fact]
    public void Json_string_leaves_are_text_with_their_paths()
    {
        var body = """{"name":"bodycam eval","data_source_config":{"type":"custom"},"testing_criteria":[{"type":"string_check","input":"Identify the person from their face"}]}"""u8.ToArray();

        var content = ContentReader.Read(ApiKind.Other, "application/json", body);

        Assert.Contains(content.Parts, p => p is { Kind: ContentKind.Text, Location: "testing_criteria[0].input", Text: "Identify the person from their face" });
        Assert.Contains(content.Parts, p => p.Text == "bodycam eval");
        Assert.DoesNotContain(content.Parts, p => p.Text == "custom" || p.Text == "string_check");
    }

    [Fact]
    public async Task An_upload_part_is_read_like_an_uploaded_file()
    {
        using var form = new MultipartFormDataContent("upload-part-boundary")
        {
            { new ByteArrayContent("""{"custom_id":"1","method":"POST","url":"/v1/chat/completions","body":{"messages":[{"role":"user","content":"who is this man?"}]}}"""u8.ToArray()), "data", "part-1.jsonl" },
        };
        var body = await form.ReadAsByteArrayAsync();

        var content = ContentReader.Read(ApiKind.Other, form.Headers.ContentType!.ToString(), body);

        Assert.Contains(content.Parts, p => p.Kind == ContentKind.Text && p.Location.StartsWith("file:part-1.jsonl", StringComparison.Ordinal)
                                            && p.Text!.Contains("who is this man?", StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_text_is_text_and_opaque_bytes_are_reported_as_a_file()
    {
        var text = ContentReader.Read(ApiKind.Other, "text/plain", Encoding.UTF8.GetBytes("match these faces"));
        var binary = ContentReader.Read(ApiKind.Other, "application/octet-stream", new byte[] { 0, 159, 146, 150, 0, 1 });

        Assert.Contains(text.Parts, p => p is { Kind: ContentKind.Text, Text: "match these faces" });
        Assert.Contains(binary.Parts, p => p is { Kind: ContentKind.File, Location: "body" } && p.Data.Length == 6);
    }

    [Fact]
    public void Invalid_json_on_an_unknown_route_is_refused()
    {
        Assert.Throws<ContentParseException>(() => ContentReader.Read(ApiKind.Other, "application/json", "{\"a\":"u8.ToArray()));
    }
}
