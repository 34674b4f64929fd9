namespace PolicyGateway.Intent.Normalization;

/// <summary>Obfuscations the normaliser undid; reported as evidence because hiding intent is itself a signal.</summary>
[Flags]
internal enum Evasion
{
    None = 0,
    CompatibilityForms = 1,
    InvisibleCharacters = 2,
    Homoglyphs = 4,
    Leetspeak = 8,
    SpacedLetters = 16,
    Typos = 32,
    Encoded = 64,
}
