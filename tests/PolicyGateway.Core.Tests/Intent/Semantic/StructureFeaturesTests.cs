using PolicyGateway.Content;
using PolicyGateway.Intent;
using PolicyGateway.Intent.Semantic;

namespace PolicyGateway.Core.Tests.Intent.Semantic;

/// <summary>What came with the request reaches every clause row as structure: here, the camera a picture names.</summary>
public sealed class StructureFeaturesTests
{
    private static readonly FeatureLayout Layout = new(ZeroEmbedder.Size);

    [Theory]
    [InlineData("Apple", "iPhone 14", "exif.phone")]
    [InlineData("Vuzix", "Blade 2", "exif.glasses")]
    [InlineData("Axon", "Axon Body 3", "exif.bodycam")]
    public void The_camera_a_picture_names_sets_its_structure_feature_and_no_other(string make, string model, string feature)
    {
        var extractor = new SemanticFeatureExtractor(new IntentClassifier(), new ZeroEmbedder(), Layout, new SemanticOptions());
        var content = new RequestContent(ApiKind.ChatCompletions,
        [
            new ContentPart(ContentKind.Text, "messages[0].content[0]", "Who is the man in this photo?"),
            new ContentPart(ContentKind.Image, "messages[0].content[1]", Data: new byte[] { 0xFF, 0xD8, 0xFF, 0xD9 }, MediaType: "image/jpeg",
                Metadata: new Dictionary<string, string> { ["Make"] = make, ["Model"] = model }),
        ], []);

        var row = Assert.Single(extractor.Extract(content)!.Value.Rows);

        string[] cameras = ["exif.bodycam", "exif.dashcam", "exif.drone", "exif.glasses", "exif.phone"];
        foreach (var name in cameras)
        {
            Assert.Equal(name == feature ? 1f : 0f, row[Layout.Structure + Array.IndexOf(FeatureLayout.StructureNames, name)]);
        }
    }

    [Theory]
    [InlineData(ApiKind.Realtime, 1f)]
    [InlineData(ApiKind.ChatCompletions, 0f)]
    [InlineData(ApiKind.Responses, 0f)]
    public void Only_a_realtime_session_is_marked_live_by_its_transport(ApiKind api, float expected)
    {
        var extractor = new SemanticFeatureExtractor(new IntentClassifier(), new ZeroEmbedder(), Layout, new SemanticOptions());
        var content = new RequestContent(api, [new ContentPart(ContentKind.Text, "item.content[0]", "Who is the man in front of the camera?")], []);

        var row = Assert.Single(extractor.Extract(content)!.Value.Rows);

        Assert.Equal(expected, row[Layout.Structure + Array.IndexOf(FeatureLayout.StructureNames, "api.realtime")]);
    }

    private sealed class ZeroEmbedder : ISentenceEmbedder
    {
        public const int Size = 8;

        public int Dimensions => Size;

        public string Model => "zero";

        public float[][] Embed(IReadOnlyList<string> texts) => [.. texts.Select(_ => new float[Size])];
    }
}
