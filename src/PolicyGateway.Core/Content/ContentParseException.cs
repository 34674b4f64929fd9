namespace PolicyGateway.Content;

/// <summary>A body on an inspected route could not be read; the request must be refused with 400, never forwarded.</summary>
public sealed class ContentParseException(string message, string? param = null, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The OpenAI error <c>param</c>: which field was unreadable, when known.</summary>
    public string? Param { get; } = param;
}
