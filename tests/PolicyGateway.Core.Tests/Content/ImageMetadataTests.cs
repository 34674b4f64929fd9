using PolicyGateway.Content;

namespace PolicyGateway.Core.Tests.Content;

public class ImageMetadataTests
{
    [Fact]
    public void Reads_camera_make_model_time_serial_gps_and_creator_tool()
    {
        byte[] jpeg = ExifJpeg.Build(
            "Axon", "Body 3", dateTimeOriginal: "2026:11:20 22:14:05", serialNumber: "X81234567", gps: true,
            xmpCreatorTool: "Axon Evidence 4.2", software: "AB3 1.24.0", lensModel: "Wide 143");

        var metadata = ReadImage(jpeg).Metadata!;

        Assert.Equal("Axon", metadata["Make"]);
        Assert.Equal("Body 3", metadata["Model"]);
        Assert.Equal("2026:11:20 22:14:05", metadata["DateTimeOriginal"]);
        Assert.Equal("X81234567", metadata["SerialNumber"]);
        Assert.Equal("present", metadata["GPS"]);
        Assert.Equal("Axon Evidence 4.2", metadata["CreatorTool"]);
        Assert.Equal("AB3 1.24.0", metadata["Software"]);
        Assert.Equal("Wide 143", metadata["LensModel"]);
    }

    [Fact]
    public void Tags_the_image_does_not_have_are_absent()
    {
        var metadata = ReadImage(ExifJpeg.Build("Canon", "EOS R5")).Metadata!;

        Assert.Equal(["Make", "Model"], metadata.Keys.Order());
    }

    [Fact]
    public void An_image_without_metadata_has_none()
    {
        var image = ReadImage(Bodies.TinyPng);

        Assert.Equal(ContentKind.Image, image.Kind);
        Assert.Null(image.Metadata);
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3, 4, 5 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE1, 0x7F, 0xFF, 0x45, 0x78 })]
    public void Bytes_that_are_not_a_readable_image_keep_the_part_without_metadata(byte[] bytes)
    {
        var image = ReadImage(bytes);

        Assert.Equal(bytes, image.Data.ToArray());
        Assert.Null(image.Metadata);
    }

    private static ContentPart ReadImage(byte[] bytes) =>
        Bodies.ReadJson(ApiKind.ChatCompletions, $$$"""
            {"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"{{{Bodies.DataUrl("image/jpeg", bytes)}}}"}}]}]}
            """).At("messages[0].content[0]");
}
