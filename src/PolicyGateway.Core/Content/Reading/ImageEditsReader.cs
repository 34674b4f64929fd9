using System.Text.Json;
using PolicyGateway.Content.Multipart;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Image edits: the classic multipart form (<c>prompt</c>, <c>image</c> or repeated <c>image[]</c>, <c>mask</c>) and
/// the JSON form that references images by URL or file id (<c>images[].image_url</c>, <c>mask.image_url</c>).
/// </summary>
internal static class ImageEditsReader
{
    public static void ReadForm(FormFields form, PartSink sink)
    {
        foreach (var (section, location) in form.Sections)
        {
            if (section.Name is "prompt")
            {
                form.AddText(sink, section, location);
            }
            else if (section.Name is "image" or "image[]" or "mask")
            {
                // Clients often label uploads application/octet-stream; the bytes say what the image really is.
                ImageParts.AddBytes(sink, location, section.Body, MediaTypes.SniffImage(section.Body.Span) ?? section.ContentType, Roles.User, section.FileName);
            }
        }
    }

    public static void ReadJson(JsonElement root, PartSink sink)
    {
        sink.AddProperty(ContentKind.Text, root, "prompt", "", Roles.User);
        if (JsonShape.TryGetArray(root, "images", out var images))
        {
            int index = 0;
            foreach (var image in images.EnumerateArray())
            {
                ReadImageReference(image, $"images[{index++}]", sink);
            }
        }

        if (root.TryGetProperty("mask", out var mask))
        {
            ReadImageReference(mask, "mask", sink);
        }
    }

    private static void ReadImageReference(JsonElement image, string path, PartSink sink)
    {
        if (JsonShape.TryGetString(image, "image_url", out var url))
        {
            ImageParts.AddUrl(sink, path, url, Roles.User);
        }
        else if (JsonShape.TryGetString(image, "file_id", out var fileId))
        {
            ImageParts.AddFileId(sink, path, fileId, Roles.User);
        }
    }
}
