using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>Parses a request body (or a JSONL line) that must be one JSON object.</summary>
internal static class JsonBody
{
    public static JsonDocument ParseObject(ReadOnlyMemory<byte> json, ContentLimits limits, string what = "The request body", string? param = null)
    {
        // A UTF-8 byte order mark is legal before JSON text (RFC 8259 lets parsers skip it), but the document parser refuses it.
        if (json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }

        JsonDocument document;
        try
        {
            // Duplicate keys are refused: the gateway reads one copy, the upstream might honour the other.
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = limits.MaxJsonDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            throw new ContentParseException($"{what} is not valid JSON: {e.Message}", param, e);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            var kind = document.RootElement.ValueKind;
            document.Dispose();
            throw new ContentParseException($"{what} must be a JSON object, not {kind}.", param);
        }

        return document;
    }
}
