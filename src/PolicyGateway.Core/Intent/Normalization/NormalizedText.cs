namespace PolicyGateway.Intent.Normalization;

/// <summary>Text in the single form the lexicon is written in, and the obfuscations undone to get there.</summary>
internal readonly record struct NormalizedText(string Text, Evasion Evasion);
