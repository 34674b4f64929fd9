namespace PolicyGateway.Content;

/// <summary>A body on an inspected route could not be read; the request must be refused with 400, never forwarded.</summary>
public sealed class ContentParseException(string message, string? param = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The OpenAI error <c>param</c>: which field was unreadable, when known.</summary>
    public string? Param { get; } = param;

    /// <summary>The body holds text that is not Unicode (invalid UTF-8, an unpaired surrogate): a realtime session closes with 1007.</summary>
    public bool InvalidText { get; init; }
}
