namespace PolicyGateway.Intent;

/// <summary>
/// Camera makes and models in image metadata that mean the picture came from a camera carried in the field:
/// police body-worn and in-car systems, dash cams, drones and smart glasses. Panasonic also sells ordinary cameras,
/// so it only counts with a body-camera model line (Arbitrator, WV-TW). A phone is told apart but is not a field
/// camera by itself: the same phone takes a street stop and a scanned document, so only the text can say which.
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

    // Worn on the head, so always in the field. Meta also makes other products: only its Ray-Ban line counts.
    private static readonly string[] SmartGlassesMakes = ["vuzix", "realwear", "rokid", "ray-ban"];

    private static readonly string[] PhoneMakes =
    [
        "apple", "samsung", "google", "huawei", "xiaomi", "redmi", "oneplus", "oppo", "vivo", "honor", "realme",
        "nokia", "tecno", "infinix", "fairphone",
    ];

    private static readonly string[] PhoneModelHints = ["iphone", "pixel", "galaxy", "xperia", "moto g", "moto e", "sm-"];

    // Security and doorbell cameras. Samsung Techwin and Google Nest share a make with phones, so fixed is checked first.
    private static readonly string[] FixedMakes =
    [
        "hikvision", "axis", "dahua", "hanwha", "wisenet", "techwin", "verkada", "avigilon", "pelco", "uniview",
        "vivotek", "mobotix", "ring", "arlo", "reolink", "lorex", "swann", "amcrest", "milesight", "idis",
    ];

    private static readonly string[] FixedModelHints =
    [
        "ds-2cd", "ipc-h", "flexidome", "autodome", "dinion", "nest cam", "doorbell", "xnv-", "qnv-", "xno-", "pnm-",
        "dome", "bullet", "ptz",
    ];

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

        if (ContainsAny(make, SmartGlassesMakes) || ContainsAny(model, SmartGlassesMakes)
            || (make.Equals("meta", StringComparison.OrdinalIgnoreCase) && model.Contains("glasses", StringComparison.OrdinalIgnoreCase)))
        {
            return "image.exif.smart_glasses";
        }

        return ContainsAny(make, DroneMakes) ? "image.exif.drone" : null;
    }

    /// <summary>Whether the metadata names a fixed security or doorbell camera (checked when <see cref="Match"/> found no field camera).</summary>
    public static bool IsFixed(IReadOnlyDictionary<string, string>? metadata)
    {
        if (metadata is null)
        {
            return false;
        }

        // A make must start with the name: "ring" and "axis" sit inside other makers' names.
        var make = Get(metadata, "Make");
        return FixedMakes.Any(m => make.StartsWith(m, StringComparison.OrdinalIgnoreCase))
            || ContainsAny(Get(metadata, "Model"), FixedModelHints);
    }

    /// <summary>Whether the metadata names a phone (checked only when <see cref="Match"/> found no field camera).</summary>
    public static bool IsPhone(IReadOnlyDictionary<string, string>? metadata)
    {
        if (metadata is null)
        {
            return false;
        }

        var make = Get(metadata, "Make");
        // Motorola Solutions makes body cameras (matched above); Motorola Mobility makes phones.
        return ContainsAny(make, PhoneMakes) || ContainsAny(Get(metadata, "Model"), PhoneModelHints)
            || (make.StartsWith("motorola", StringComparison.OrdinalIgnoreCase) && !make.Contains("solutions", StringComparison.OrdinalIgnoreCase));
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
