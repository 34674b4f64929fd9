namespace PolicyGateway.Emulator.Endpoints;

/// <summary>A valid 1x1 PNG used for every generated or edited image.</summary>
internal static class EmulatedImage
{
    public const string Base64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    public const string Path = "/_emulator/images/emulated.png";

    public static readonly byte[] Png = Convert.FromBase64String(Base64);
}
