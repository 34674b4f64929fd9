using System.Globalization;
using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// <c>/files</c> uploads: each file is reported as a File part (<c>file:&lt;name&gt;</c>) with its purpose, then read
/// by purpose: batch JSONL line by line, fine-tuning JSONL example by example, anything else as an image or as text
/// when it is one. Other binary files (PDF, Office) are reported but their text is not extracted. Azure's
/// <c>/files/import</c> names a blob URL instead; its content never passes the gateway, so only the URL is reported.
/// </summary>
internal static class FilesReader
{
    public const string Purpose = "purpose";
    public const string ContentUrl = "content_url";

    public static void Read(FormFields form, PartSink sink, List<RequestContent> nested)
    {
        string? purpose = form.SingleValue(Purpose);
        foreach (var (section, _) in form.Sections)
        {
            if (section.Name != "file" && section.FileName is null)
            {
                continue;
            }

            string fileName = section.FileName ?? section.Name ?? "file";
            string location = $"file:{fileName}";
            var metadata = new Dictionary<string, string>(3)
            {
                [FileParts.FileName] = fileName,
                [AudioParts.Bytes] = section.Body.Length.ToString(CultureInfo.InvariantCulture),
            };
            if (purpose is not null)
            {
                metadata[Purpose] = purpose;
            }

            sink.Add(ContentKind.File, location, fileName, section.Body, section.ContentType, metadata);
            ReadByPurpose(purpose, section.Body, fileName, location, sink, nested);
        }
    }

    /// <summary>
    /// A form on a route without a specific reader: files (sections with a file name) are read as <c>/files</c> reads
    /// them, every other field as text, so no field goes unread.
    /// </summary>
    public static void ReadAnyForm(FormFields form, PartSink sink, List<RequestContent> nested)
    {
        string? purpose = form.SingleValue(Purpose);
        foreach (var (section, location) in form.Sections)
        {
            if (section.FileName is not null)
            {
                ReadByPurpose(purpose, section.Body, section.FileName, $"file:{section.FileName}", sink, nested);
            }
            else
            {
                TextFile.AddIfText(sink, location, section.Body.Span);
            }
        }
    }

    /// <summary><c>/files/import</c>: <c>{purpose, filename, content_url}</c>.</summary>
    public static void ReadImport(JsonElement root, PartSink sink)
    {
        if (!JsonShape.TryGetString(root, ContentUrl, out var url))
        {
            return;
        }

        var metadata = new Dictionary<string, string>(3) { [ContentUrl] = url.GetString()! };
        foreach (string field in (ReadOnlySpan<string>)[Purpose, FileParts.FileName])
        {
            if (JsonShape.String(root, field) is { } value)
            {
                metadata[field] = value;
            }
        }

        sink.Add(ContentKind.File, ContentUrl, metadata[ContentUrl], metadata: metadata);
    }

    private static void ReadByPurpose(string? purpose, ReadOnlyMemory<byte> file, string fileName, string location, PartSink sink, List<RequestContent> nested)
    {
        if (string.Equals(purpose, "batch", StringComparison.OrdinalIgnoreCase))
        {
            JsonlReader.ReadBatch(file, fileName, sink.Limits, nested);
        }
        else if (string.Equals(purpose, "fine-tune", StringComparison.OrdinalIgnoreCase))
        {
            JsonlReader.ReadFineTune(file, fileName, sink.Limits, nested);
        }
        else if (MediaTypes.SniffImage(file.Span) is { } imageType)
        {
            ImageParts.AddBytes(sink, location, file, imageType, name: fileName);
        }
        else
        {
            TextFile.AddIfText(sink, location, file.Span);
        }
    }
}
