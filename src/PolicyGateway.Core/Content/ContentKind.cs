namespace PolicyGateway.Content;

public enum ContentKind
{
    /// <summary>Text the model reads: messages, instructions, prompts.</summary>
    Text,
    /// <summary>Decoded image bytes (from a data: URL, base64 field or multipart file).</summary>
    Image,
    /// <summary>An image referenced by URL or file id; the reference itself is in <see cref="ContentPart.Text"/>.</summary>
    ImageReference,
    /// <summary>Audio input; only metadata (format, size) is kept.</summary>
    Audio,
    /// <summary>A file attachment or upload; name/id in <see cref="ContentPart.Text"/>.</summary>
    File,
    /// <summary>A tool or function definition: name, description and parameter schema as text.</summary>
    ToolDefinition,
    /// <summary>Arguments of an earlier tool call, or a tool's output, in the conversation history.</summary>
    ToolCall,
    /// <summary>Pre-tokenized input (token id arrays) the gateway cannot read; only the count is kept in metadata.</summary>
    Tokens,
}
