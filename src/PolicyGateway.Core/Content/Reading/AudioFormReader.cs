using System.Globalization;

namespace PolicyGateway.Content.Reading;

/// <summary>Transcription and translation forms: the <c>prompt</c> steering the speech model, and the audio file described (never decoded).</summary>
internal static class AudioFormReader
{
    public static void Read(FormFields form, PartSink sink)
    {
        foreach (var (section, location) in form.Sections)
        {
            if (section.Name is "prompt")
            {
                form.AddText(sink, section, location);
            }
            else if (section.Name is "file" || section.FileName is not null)
            {
                var metadata = AudioParts.Describe(Format(section.FileName, section.ContentType), section.Body.Length);
                if (section.FileName is not null)
                {
                    metadata[FileParts.FileName] = section.FileName;
                }

                sink.Add(ContentKind.Audio, location, section.FileName, mediaType: section.ContentType, metadata: metadata, role: Roles.User);
            }
        }
    }

    private static string? Format(string? fileName, string? contentType)
    {
        string extension = Path.GetExtension(fileName ?? "");
        if (extension.Length > 1)
        {
            return extension[1..].ToLower(CultureInfo.InvariantCulture);
        }

        return contentType;
    }
}
