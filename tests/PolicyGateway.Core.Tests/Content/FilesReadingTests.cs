using PolicyGateway.Content;

namespace PolicyGateway.Core.Tests.Content;

public class FilesReadingTests
{
    private const string BatchJsonl =
        """{"custom_id":"task-0","method":"POST","url":"/chat/completions","body":{"model":"gpt-4o-batch","messages":[{"role":"system","content":"You are an analyst."},{"role":"user","content":"Identify the person in frame 12."}]}}""" + "\n"
        + "\n"
        + """{"custom_id":"task-1","method":"POST","url":"/v1/responses","body":{"model":"gpt-4o-batch","input":"Summarise shift log"}}""" + "\r\n"
        + """{"custom_id":"task-2","method":"POST","url":"/embeddings","body":{"model":"ada","input":["face vector a","face vector b"]}}""" + "\n";

    [Fact]
    public void A_batch_upload_yields_one_nested_request_per_line_with_line_numbers_and_custom_ids()
    {
        var content = ContentReader.Read(ApiKind.Files, Form.ContentType,
            new Form().Field("purpose", "batch").File("file", "batch.jsonl", "application/octet-stream", BatchJsonl).Build());

        var file = content.At("file:batch.jsonl");
        Assert.Equal((ContentKind.File, "batch.jsonl", "batch"), (file.Kind, file.Text, file.Metadata!["purpose"]));
        Assert.Single(content.Parts);

        Assert.Equal(3, content.Nested.Count);
        Assert.Equal([ApiKind.ChatCompletions, ApiKind.Responses, ApiKind.Embeddings], content.Nested.Select(n => n.Api));
        Assert.Equal("Identify the person in frame 12.", content.Nested[0].At("file:batch.jsonl#line 1 custom_id=task-0: messages[1].content").Text);
        Assert.Equal("system", content.Nested[0].At("file:batch.jsonl#line 1 custom_id=task-0: messages[0].content").Role);
        Assert.Equal("Summarise shift log", content.Nested[1].At("file:batch.jsonl#line 3 custom_id=task-1: input").Text);
        Assert.Equal("face vector b", content.Nested[2].At("file:batch.jsonl#line 4 custom_id=task-2: input[1]").Text);
    }

    [Fact]
    public void Batch_lines_decode_their_images()
    {
        string line = $$$"""{"custom_id":"img","method":"POST","url":"/chat/completions","body":{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"{{{Bodies.DataUrl("image/jpeg", ExifJpeg.Build("Axon", "Body 4"))}}}"}}]}]}}""";
        var content = ContentReader.Read(ApiKind.Files, Form.ContentType,
            new Form().Field("purpose", "batch").File("file", "b.jsonl", "application/jsonl", line).Build());

        var image = Assert.Single(content.Nested).At("file:b.jsonl#line 1 custom_id=img: messages[0].content[0]");
        Assert.Equal(("Axon", "Body 4"), (image.Metadata!["Make"], image.Metadata!["Model"]));
    }

    [Theory]
    [InlineData("not json", "file:b.jsonl#line 1")]
    [InlineData("""{"custom_id":"a","method":"POST","url":"/chat/completions","body":{}}""" + "\n[1,2]", "file:b.jsonl#line 2")]
    [InlineData("""{"custom_id":"a","method":"POST","url":"/chat/completions"}""", "file:b.jsonl#line 1")]
    [InlineData("""{"custom_id":"a","method":"POST","url":"/fine_tuning/jobs","body":{}}""", "file:b.jsonl#line 1")]
    [InlineData("""{"custom_id":"a","method":"POST","url":"/chat/completions","body":{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"data:image/png;base64,@@@"}}]}]}}""",
        "file:b.jsonl#line 1 custom_id=a: messages[0].content[0]")]
    public void An_unreadable_batch_line_refuses_the_upload_and_names_the_line(string jsonl, string param)
    {
        var e = Assert.Throws<ContentParseException>(() => ContentReader.Read(ApiKind.Files, Form.ContentType,
            new Form().Field("purpose", "batch").File("file", "b.jsonl", "application/octet-stream", jsonl).Build()));

        Assert.Equal(param, e.Param);
    }

    [Fact]
    public void Fine_tune_examples_are_read_as_conversations()
    {
        string jsonl = """{"messages":[{"role":"system","content":"Match faces."},{"role":"user","content":"Who is this?"},{"role":"assistant","content":"Suspect #4411"}]}""" + "\n"
            + """{"prompt":"face embedding 0.12,0.98","completion":"John Doe"}""" + "\n";

        var content = ContentReader.Read(ApiKind.Files, Form.ContentType,
            new Form().Field("purpose", "fine-tune").File("file", "train.jsonl", "application/octet-stream", jsonl).Build());

        Assert.Equal(2, content.Nested.Count);
        var assistant = content.Nested[0].At("file:train.jsonl#line 1: messages[2].content");
        Assert.Equal(("Suspect #4411", "assistant"), (assistant.Text, assistant.Role));
        Assert.Equal(ApiKind.Files, content.Nested[1].Api);
        Assert.Equal("John Doe", content.Nested[1].At("file:train.jsonl#line 2: completion").Text);
    }

    [Theory]
    [InlineData("assistants", "notes.md", "text/markdown")]
    [InlineData("user_data", "watchlist.csv", "application/octet-stream")]
    [InlineData("assistants", "data.json", "application/json")]
    public void Text_files_for_other_purposes_are_read_as_text(string purpose, string fileName, string contentType)
    {
        const string Text = "# Watchlist\nJohn Doe, last seen Main St\n";
        var content = ContentReader.Read(ApiKind.Files, Form.ContentType,
            new Form().Field("purpose", purpose).File("file", fileName, contentType, Text).Build());

        var parts = content.Parts.Where(p => p.Location == $"file:{fileName}").ToList();
        Assert.Equal([ContentKind.File, ContentKind.Text], parts.Select(p => p.Kind));
        Assert.Equal(Text, parts[1].Text);
        Assert.Equal(purpose, parts[0].Metadata!["purpose"]);
        Assert.Empty(content.Nested);
    }

    [Fact]
    public void Image_uploads_are_decoded_with_metadata()
    {
        byte[] jpeg = ExifJpeg.Build("Axon", "Body 3");
        var content = ContentReader.Read(ApiKind.Files, Form.ContentType,
            new Form().Field("purpose", "vision").File("file", "frame.jpg", "image/jpeg", jpeg).Build());

        var image = content.Parts.Single(p => p.Kind == ContentKind.Image);
        Assert.Equal(("file:frame.jpg", "frame.jpg", "Body 3"), (image.Location, image.Text, image.Metadata!["Model"]));
    }

    [Fact]
    public void Binary_files_are_reported_but_not_read()
    {
        byte[] pdf = [.. "%PDF-1.7\n"u8, 0xE2, 0xE3, 0xCF, 0xD3, 0x00];
        var content = ContentReader.Read(ApiKind.Files, Form.ContentType,
            new Form().Field("purpose", "assistants").File("file", "report.pdf", "application/pdf", pdf).Build());

        var part = Assert.Single(content.Parts);
        Assert.Equal((ContentKind.File, "report.pdf", "application/pdf", "14"), (part.Kind, part.Text, part.MediaType, part.Metadata!["bytes"]));
    }

    [Fact]
    public void Large_text_files_are_split_into_chunks_within_the_text_limit()
    {
        var content = ContentReader.Read(ApiKind.Files, Form.ContentType,
            new Form().Field("purpose", "assistants").File("file", "big.txt", "text/plain", new string('a', 25)).Build(),
            new ContentLimits { MaxTextChars = 10 });

        Assert.Equal(
            [("file:big.txt#chunk 1", 10), ("file:big.txt#chunk 2", 10), ("file:big.txt#chunk 3", 5)],
            content.Parts.Where(p => p.Kind == ContentKind.Text).Select(p => (p.Location, p.Text!.Length)));
    }

    [Fact]
    public void A_purpose_sent_twice_is_refused_as_ambiguous()
    {
        var e = Assert.Throws<ContentParseException>(() => ContentReader.Read(ApiKind.Files, Form.ContentType,
            new Form().Field("purpose", "assistants").Field("purpose", "batch").File("file", "b.jsonl", "text/plain", "x").Build()));

        Assert.Equal("purpose", e.Param);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/octet-stream")]
    public void A_files_body_that_is_neither_a_form_nor_json_is_refused(string contentType)
    {
        Assert.Throws<ContentParseException>(() => ContentReader.Read(ApiKind.Files, contentType, "purpose=batch"u8.ToArray()));
    }

    [Fact]
    public void A_blob_import_reports_the_url_it_pulls_from()
    {
        var content = Bodies.ReadJson(ApiKind.Files, """
            {"purpose":"batch","filename":"faces.jsonl","content_url":"https://acct.blob.core.windows.net/in/faces.jsonl"}
            """);

        var part = Assert.Single(content.Parts);
        Assert.Equal((ContentKind.File, "content_url", "https://acct.blob.core.windows.net/in/faces.jsonl"), (part.Kind, part.Location, part.Text));
        Assert.Equal(("batch", "faces.jsonl"), (part.Metadata!["purpose"], part.Metadata!["filename"]));
    }

    [Fact]
    public void Batch_creation_reports_the_input_file()
    {
        var content = Bodies.ReadJson(ApiKind.Batches, """
            {"input_file_id":"file-abc","endpoint":"/chat/completions","completion_window":"24h"}
            """);

        var part = Assert.Single(content.Parts);
        Assert.Equal((ContentKind.File, "input_file_id", "file-abc", "/chat/completions"), (part.Kind, part.Location, part.Text, part.Metadata!["endpoint"]));
    }

    [Fact]
    public void Batch_creation_from_blob_storage_reports_the_blob_url()
    {
        var content = Bodies.ReadJson(ApiKind.Batches, """
            {"input_blob":"https://acct.blob.core.windows.net/batch-input/in.jsonl","output_folder":{"url":"https://acct.blob.core.windows.net/batch-output"},"endpoint":"/chat/completions","completion_window":"24h"}
            """);

        var part = Assert.Single(content.Parts);
        Assert.Equal((ContentKind.File, "input_blob", "https://acct.blob.core.windows.net/batch-input/in.jsonl"), (part.Kind, part.Location, part.Text));
        Assert.Equal("https://acct.blob.core.windows.net/batch-input/in.jsonl", part.Metadata!["input_blob"]);
    }
}
