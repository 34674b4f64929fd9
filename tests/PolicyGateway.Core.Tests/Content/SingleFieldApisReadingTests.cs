using PolicyGateway.Content;

namespace PolicyGateway.Core.Tests.Content;

public class SingleFieldApisReadingTests
{
    [Fact]
    public void Completions_read_prompt_strings_suffix_and_count_token_arrays()
    {
        var single = Bodies.ReadJson(ApiKind.Completions, """{"prompt":"Describe the suspect:","suffix":"End of report.","max_tokens":50}""");
        Assert.Equal("Describe the suspect:", single.At("prompt").Text);
        Assert.Equal("End of report.", single.At("suffix").Text);

        var many = Bodies.ReadJson(ApiKind.Completions, """{"prompt":["first","second",[1,2,3]]}""");
        Assert.Equal("second", many.At("prompt[1]").Text);
        var tokens = many.At("prompt[2]");
        Assert.Equal((ContentKind.Tokens, "3"), (tokens.Kind, tokens.Metadata!["tokens"]));

        var flatTokens = Bodies.ReadJson(ApiKind.Completions, """{"prompt":[1734,2,99,100]}""");
        Assert.Equal("4", flatTokens.At("prompt").Metadata!["tokens"]);
    }

    [Fact]
    public void Embeddings_read_input_strings_and_token_arrays()
    {
        Assert.Equal("face of a man", Bodies.ReadJson(ApiKind.Embeddings, """{"input":"face of a man","model":"ada"}""").At("input").Text);

        var batch = Bodies.ReadJson(ApiKind.Embeddings, """{"input":["a","b"],"encoding_format":"base64"}""");
        Assert.Equal(["input[0]", "input[1]"], batch.Parts.Select(p => p.Location));

        var tokens = Bodies.ReadJson(ApiKind.Embeddings, """{"input":[[5,6],[7]]}""");
        Assert.Equal([("input[0]", "2"), ("input[1]", "1")],
            tokens.Parts.Where(p => p.Kind == ContentKind.Tokens).Select(p => (p.Location, p.Metadata!["tokens"])));
    }

    [Fact]
    public void Image_generation_reads_the_prompt()
    {
        var content = Bodies.ReadJson(ApiKind.ImageGenerations, """{"prompt":"A composite sketch of the suspect","n":1,"size":"1024x1024"}""");

        Assert.Equal(("prompt", "A composite sketch of the suspect"), (Assert.Single(content.Parts).Location, content.Parts[0].Text));
    }

    [Fact]
    public void Speech_reads_input_and_instructions()
    {
        var content = Bodies.ReadJson(ApiKind.AudioSpeech, """{"model":"tts","input":"Suspect located.","voice":"alloy","instructions":"Speak calmly."}""");

        Assert.Equal("Suspect located.", content.At("input").Text);
        Assert.Equal("Speak calmly.", content.At("instructions").Text);
    }

    [Fact]
    public void Image_edit_forms_read_the_prompt_and_decode_every_image_and_mask()
    {
        byte[] jpeg = ExifJpeg.Build("Axon", "Body 3");
        byte[] body = new Form()
            .Field("model", "gpt-image-1")
            .Field("prompt", "Blur every face")
            .File("image[]", "a.jpg", "image/jpeg", jpeg)
            .File("image[]", "b.png", "image/png", Bodies.TinyPng)
            .File("mask", "mask.png", "image/png", Bodies.TinyPng)
            .Build();

        var content = ContentReader.Read(ApiKind.ImageEdits, Form.ContentType, body);

        Assert.Equal("Blur every face", content.At("prompt").Text);
        var first = content.At("image[]#1");
        Assert.Equal((ContentKind.Image, "a.jpg", "Axon"), (first.Kind, first.Text, first.Metadata!["Make"]));
        Assert.Equal(Bodies.TinyPng, content.At("image[]#2").Data.ToArray());
        Assert.Equal(ContentKind.Image, content.At("mask").Kind);
        Assert.Equal(4, content.Parts.Count);
    }

    [Fact]
    public void Image_edit_json_reads_referenced_images()
    {
        var content = Bodies.ReadJson(ApiKind.ImageEdits, $$$"""
            {"model":"gpt-image-1","prompt":"Remove the plate","images":[{"image_url":"{{{Bodies.DataUrl("image/png", Bodies.TinyPng)}}}"},{"file_id":"file-1"}],"mask":{"image_url":"https://x.example/m.png"}}
            """);

        Assert.Equal(ContentKind.Image, content.At("images[0]").Kind);
        Assert.Equal((ContentKind.ImageReference, "file-1"), (content.At("images[1]").Kind, content.At("images[1]").Text));
        Assert.Equal(ContentKind.ImageReference, content.At("mask").Kind);
    }

    [Theory]
    [InlineData(ApiKind.AudioTranscriptions)]
    [InlineData(ApiKind.AudioTranslations)]
    public void Audio_forms_read_the_prompt_and_describe_the_file(ApiKind api)
    {
        byte[] body = new Form()
            .File("file", "bodycam_0412.mp3", "audio/mpeg", new byte[2048])
            .Field("model", "whisper")
            .Field("prompt", "Officer Alvarez, Unit 12")
            .Build();

        var content = ContentReader.Read(api, Form.ContentType, body);

        Assert.Equal("Officer Alvarez, Unit 12", content.At("prompt").Text);
        var audio = content.At("file");
        Assert.Equal((ContentKind.Audio, "bodycam_0412.mp3", "2048", "mp3"), (audio.Kind, audio.Text, audio.Metadata!["bytes"], audio.Metadata!["format"]));
        Assert.True(audio.Data.IsEmpty);
    }

    [Theory]
    [InlineData(ApiKind.Models)]
    [InlineData(ApiKind.VectorStores)]
    public void Routes_without_content_yield_nothing_even_with_a_body(ApiKind api)
    {
        Assert.Equal(RequestContent.Empty(api).Parts, Bodies.ReadJson(api, """{"name":"faces","file_ids":["file-1"]}""").Parts);
    }

    [Fact]
    public void An_empty_body_yields_nothing()
    {
        var content = ContentReader.Read(ApiKind.Threads, null, ReadOnlyMemory<byte>.Empty);

        Assert.Empty(content.Parts);
        Assert.Equal(ApiKind.Threads, content.Api);
    }
}
