namespace PolicyGateway.Intent;

/// <summary>
/// Camera makes and models in image metadata that mean the picture came from a camera carried in the field:
/// police body-worn and in-car systems, dash cams and drones. Panasonic also sells ordinary cameras, so it only
/// counts with a body-camera model line (Arbitrator, WV-TW).
/// </summary>
internal static class CameraCatalog
{
    private static readonly string[] BodycamMakes =
    [
        "axon", "taser", "motorola solutions", "watchguard", "getac", "digital ally", "reveal media", "wolfcom",
        "kustom signals", "coban", "l3 mobile-vision", "l-3 mobile-vision", "l3harris mobile-vision", "mobile-vision",
        "utility inc", "utility, inc", "bodyworn", "zepcam", "vievu", "edesix", "hytera", "safety vision",
        "visual labs", "pro-vision", "i-pro", "transcend drivepro body",
    ];

    private static readonly string[] BodycamModelHints =
    [
        "arbitrator", "body 2", "body 3", "body 4", "axon flex", "fleet 3", "bodycam", "body cam", "body-worn", "body worn",
        "bwc", "wv-tw", "v300", "4re", "firstvu", "drivepro body", "in-car",
    ];

    private static readonly string[] DashcamMakes =
    [
        "blackvue", "nextbase", "viofo", "thinkware", "garmin dash", "70mai", "vantrue", "rexing", "cobra dash",
    ];

    private static readonly string[] DroneMakes = ["dji", "skydio", "parrot", "autel", "brinc"];

    /// <summary>Returns the signal id when the metadata names a field camera; <paramref name="excerpt"/> quotes make and model.</summary>
    public static string? Match(IReadOnlyDictionary<string, string>? metadata, out string excerpt)
    {
        excerpt = string.Empty;
        if (metadata is null)
        {
            return null;
        }

        var make = Get(metadata, "Make");
        var model = Get(metadata, "Model");
        var software = Get(metadata, "Software");
        excerpt = $"Make={make}; Model={model}";
        if (excerpt.Length > 60)
        {
            excerpt = excerpt[..60];
        }

        // Utility and Reveal are ordinary words, so only the exact make counts.
        if (ContainsAny(make, BodycamMakes) || make.Equals("utility", StringComparison.OrdinalIgnoreCase)
            || make.Equals("reveal", StringComparison.OrdinalIgnoreCase))
        {
            return "image.exif.bodycam_make";
        }

        if (ContainsAny(model, BodycamModelHints) || ContainsAny(software, BodycamModelHints)
            || ContainsAny(Get(metadata, "ImageDescription"), BodycamModelHints))
        {
            return "image.exif.bodycam_model";
        }

        if (ContainsAny(make, DashcamMakes) || model.Contains("dash", StringComparison.OrdinalIgnoreCase))
        {
            return "image.exif.dashcam";
        }

        return ContainsAny(make, DroneMakes) ? "image.exif.drone" : null;
    }

    private static string Get(IReadOnlyDictionary<string, string> metadata, string key)
    {
        if (metadata.TryGetValue(key, out var value))
        {
            return value.Trim();
        }

        foreach (var (k, v) in metadata)
        {
            if (k.EndsWith(key, StringComparison.OrdinalIgnoreCase))
            {
                return v.Trim();
            }
        }

        return string.Empty;
    }

    private static bool ContainsAny(string value, string[] needles)
    {
        if (value.Length == 0)
        {
            return false;
        }

        foreach (var needle in needles)
        {
            if (value.Contains(needle, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
