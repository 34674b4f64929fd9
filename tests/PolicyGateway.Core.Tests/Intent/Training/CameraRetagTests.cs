using System.Text.Json;
using PolicyGateway.Intent.Training.Corpus;
using PolicyGateway.Intent.Training.Training;

namespace PolicyGateway.Core.Tests.Intent.Training;

public sealed class CameraRetagTests
{
    private static CorpusEntry Entry(string id, params CorpusImage[] images) => new(
        id, "en", "chat", new Dictionary<string, bool> { ["facial_recognition"] = true }, [.. images],
        JsonDocument.Parse("""{"model":"m","messages":[]}""").RootElement);

    [Fact]
    public void Every_picture_gets_the_same_other_camera_chosen_by_the_id_alone()
    {
        var written = Entry("w-1", new CorpusImage("Axon", "Body 3", ""), new CorpusImage("Apple", "iPhone 14", ""));

        var first = CameraRetag.Variant(written)!;
        var again = CameraRetag.Variant(written with { Images = [new CorpusImage("Canon", "EOS", ""), new CorpusImage("", "", "")] })!;

        Assert.Equal(2, first.Images.Count);
        Assert.Single(first.Images.Distinct());
        Assert.Equal(first.Images, again.Images);
        Assert.Equal(written.Body.GetRawText(), first.Body.GetRawText());
    }

    [Fact]
    public void Requests_spread_over_several_camera_classes()
    {
        var tags = Enumerable.Range(0, 500).Select(i => CameraRetag.Variant(Entry("w-" + i, new CorpusImage("", "", "")))!.Images[0]).Distinct().ToList();

        Assert.True(tags.Count >= 10, $"{tags.Count} distinct cameras over 500 ids");
    }

    [Fact]
    public void A_request_without_pictures_has_no_variant() => Assert.Null(CameraRetag.Variant(Entry("w-1")));

    [Fact]
    public void The_probe_measures_cameras_the_variant_never_shows()
    {
        var shown = Enumerable.Range(0, 2000).Select(i => CameraRetag.Variant(Entry("w-" + i, new CorpusImage("", "", "")))!.Images[0].Make)
            .Where(make => make.Length > 0).Select(make => make.ToUpperInvariant()).ToHashSet();

        Assert.DoesNotContain(InvarianceProbe.Cameras, camera => camera.Tag.Make.Length > 0 && shown.Contains(camera.Tag.Make.ToUpperInvariant()));
    }
}
