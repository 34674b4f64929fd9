namespace PolicyGateway.Intent;

/// <summary>Bounds on per-request work, so a huge or hostile body costs a predictable amount of time.</summary>
public sealed record IntentClassifierOptions
{
    /// <summary>Characters of one content part that are scanned; the rest is ignored.</summary>
    public int MaxCharsPerPart { get; init; } = 32 * 1024;

    /// <summary>Characters scanned across all parts of one request.</summary>
    public int MaxTotalChars { get; init; } = 256 * 1024;

    /// <summary>Content parts looked at; later parts are ignored.</summary>
    public int MaxParts { get; init; } = 512;

    /// <summary>Base64/hex runs a request may make us try to decode.</summary>
    public int MaxDecodeAttempts { get; init; } = 16;

    /// <summary>Bytes decoded from one base64/hex run.</summary>
    public int MaxDecodedBytes { get; init; } = 8 * 1024;

    /// <summary>Evidence items kept per label.</summary>
    public int MaxEvidencePerLabel { get; init; } = 8;

    public static IntentClassifierOptions Default { get; } = new();
}
