namespace PolicyGateway.Intent.Training.Corpus;

/// <summary>
/// A training variant of a request with pictures whose EXIF names another camera: whether identification is asked
/// does not depend on the camera, but the writers' police pictures of work that is not identification are mostly
/// body and dash cameras, so without it the facial-recognition heads learn the camera as a proxy. The variant trains
/// those heads only (<see cref="Training.HeadScope"/>): camera class, and what it implies for the other labels,
/// changes with the tag. Deterministic: the camera depends only on the entry id. None of the invariance probe's
/// makes (<see cref="Training.InvarianceProbe.Cameras"/>) is among them, so the probe measures cameras this variant never showed.
/// </summary>
public static class CameraRetag
{
    private static readonly CorpusImage[] Tags =
    [
        new("", "", ""),
        new("Getac", "BC-03", ""),
        new("Motorola Solutions", "V300", ""),
        new("Reveal", "D5", ""),
        new("Nextbase", "622GW", ""),
        new("Thinkware", "U1000", ""),
        new("DJI", "Mavic 3 Enterprise", ""),
        new("Vuzix", "M400", ""),
        new("samsung", "SM-S911B", ""),
        new("Google", "Pixel 7", ""),
        new("NIKON CORPORATION", "NIKON D850", ""),
        new("SONY", "ILCE-7M4", ""),
        new("AXIS", "P3265-LVE", ""),
        new("Dahua", "IPC-HFW2431S", ""),
    ];

    /// <summary>The entry with every picture re-tagged with one camera, or null when it has no picture.</summary>
    public static CorpusEntry? Variant(CorpusEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Images.Count == 0) return null;
        var tag = Tags[(int)(Fnv(entry.Id) % (uint)Tags.Length)];
        return entry with { Images = [.. entry.Images.Select(_ => tag)] };
    }

    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
