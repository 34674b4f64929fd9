using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>Parses a request body (or a JSONL line) that must be one JSON object.</summary>
internal static class JsonBody
{
    public static JsonDocument ParseObject(ReadOnlyMemory<byte> json, ContentLimits limits, string what = "The request body", string? param = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = limits.MaxJsonDepth });
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
