using System.Runtime.InteropServices;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Xmp;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Camera facts from an image's EXIF/XMP segments (which device took it, when, where): a body-worn or dash camera
/// often names itself here. Only metadata segments are parsed; pixels are never decoded.
/// </summary>
internal static class ImageTags
{
    public const string Make = "Make";
    public const string Model = "Model";
    public const string Software = "Software";
    public const string LensModel = "LensModel";
    public const string DateTimeOriginal = "DateTimeOriginal";
    public const string Gps = "GPS";
    public const string CreatorTool = "CreatorTool";
    public const string Artist = "Artist";
    public const string ImageDescription = "ImageDescription";
    public const string SerialNumber = "SerialNumber";

    /// <returns>The tags found, or null when the image has none or its metadata cannot be read.</returns>
    public static IReadOnlyDictionary<string, string>? Read(ReadOnlyMemory<byte> image)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            using var stream = AsStream(image);
            directories = ImageMetadataReader.ReadMetadata(stream);
        }
        catch (Exception)
        {
            // Corrupt or exotic images make the reader throw many exception types; an unreadable image simply has no tags.
            return null;
        }

        Dictionary<string, string>? tags = null;
        foreach (var directory in directories)
        {
            switch (directory)
            {
                case ExifIfd0Directory ifd0:
                    Copy(ifd0, ExifDirectoryBase.TagMake, Make, ref tags);
                    Copy(ifd0, ExifDirectoryBase.TagModel, Model, ref tags);
                    Copy(ifd0, ExifDirectoryBase.TagSoftware, Software, ref tags);
                    Copy(ifd0, ExifDirectoryBase.TagArtist, Artist, ref tags);
                    Copy(ifd0, ExifDirectoryBase.TagImageDescription, ImageDescription, ref tags);
                    break;
                case ExifSubIfdDirectory subIfd:
                    Copy(subIfd, ExifDirectoryBase.TagLensModel, LensModel, ref tags);
                    Copy(subIfd, ExifDirectoryBase.TagDateTimeOriginal, DateTimeOriginal, ref tags);
                    break;
                case GpsDirectory gps when gps.TagCount > 0:
                    Set(ref tags, Gps, "present");
                    break;
                case XmpDirectory xmp:
                    CopyXmp(xmp, ref tags);
                    break;
            }

            CopySerialNumbers(directory, ref tags);
        }

        return tags;
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> image) =>
        MemoryMarshal.TryGetArray(image, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(image.ToArray(), writable: false);

    // Body, lens and maker-note serial numbers all identify a specific device; each is kept under its own tag name.
    private static void CopySerialNumbers(MetadataExtractor.Directory directory, ref Dictionary<string, string>? tags)
    {
        foreach (var tag in directory.Tags)
        {
            if (tag.Name.Contains("Serial Number", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(tag.Description))
            {
                string key = tag.Name.Equals("Body Serial Number", StringComparison.OrdinalIgnoreCase)
                    || tag.Name.Equals("Serial Number", StringComparison.OrdinalIgnoreCase)
                    ? SerialNumber
                    : tag.Name.Replace(" ", "", StringComparison.Ordinal);
                Set(ref tags, key, tag.Description.Trim());
            }
        }
    }

    private static void CopyXmp(XmpDirectory xmp, ref Dictionary<string, string>? tags)
    {
        foreach (var (path, value) in xmp.GetXmpProperties())
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (path.EndsWith(":CreatorTool", StringComparison.Ordinal))
            {
                Set(ref tags, CreatorTool, value);
            }
            else if (path.EndsWith("SerialNumber", StringComparison.Ordinal))
            {
                tags ??= [];
                tags.TryAdd(SerialNumber, value);
            }
        }
    }

    private static void Copy(MetadataExtractor.Directory directory, int tag, string name, ref Dictionary<string, string>? tags)
    {
        string? value = directory.GetString(tag)?.Trim('\0', ' ');
        if (!string.IsNullOrEmpty(value))
        {
            Set(ref tags, name, value);
        }
    }

    private static void Set(ref Dictionary<string, string>? tags, string name, string value)
    {
        tags ??= [];
        tags[name] = value;
    }
}
