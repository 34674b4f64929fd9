using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// A structured-output format (chat <c>response_format.json_schema</c>, responses <c>text.format</c>): its name,
/// description and schema words steer what the model writes, so they are read as Text.
/// </summary>
internal static class OutputSchema
{
    /// <summary>Chat and assistants spell it <c>response_format: {type: "json_schema", json_schema: {…}}</c>.</summary>
    public static void ReadResponseFormat(JsonElement root, PartSink sink)
    {
        if (JsonShape.TryGetObject(root, "response_format", out var format) && JsonShape.TryGetObject(format, "json_schema", out var schema))
        {
            Read(schema, "response_format.json_schema", sink);
        }
    }

    public static void Read(JsonElement format, string path, PartSink sink)
    {
        if (format.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        sink.AddProperty(ContentKind.Text, format, "name", path);
        sink.AddProperty(ContentKind.Text, format, "description", path);
        if (JsonShape.TryGetObject(format, "schema", out var schema))
        {
            ToolDefinitions.AddSchema(sink, ContentKind.Text, $"{path}.schema", schema);
        }
    }
}
