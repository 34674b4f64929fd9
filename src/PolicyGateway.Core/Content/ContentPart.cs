namespace PolicyGateway.Content;

/// <summary>
/// One piece of content the model will see, with where it came from
/// (e.g. <c>messages[3].content[1]</c>, <c>tools[0].function.description</c>, <c>file:requests.jsonl#line 7</c>).
/// </summary>
/// <param name="Metadata">Image EXIF/XMP tags (e.g. <c>Make</c>, <c>Model</c>) or file/audio facts.</param>
public sealed record ContentPart(
    ContentKind Kind,
    string Location,
    string? Text = null,
    ReadOnlyMemory<byte> Data = default,
    string? MediaType = null,
    IReadOnlyDictionary<string, string>? Metadata = null)
{
    /// <summary>The conversation role the part was sent under (<c>system</c>, <c>user</c>, <c>assistant</c>, <c>tool</c>, …), when it has one.</summary>
    public string? Role { get; init; }
}
