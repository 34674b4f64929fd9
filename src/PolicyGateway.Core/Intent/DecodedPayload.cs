namespace PolicyGateway.Intent;

/// <summary>Text recovered from a base64 or hex run; <paramref name="Encoding"/> is "base64" or "hex".</summary>
internal readonly record struct DecodedPayload(string Text, string Encoding);
