using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Flattens a JSON schema (tool parameters, structured-output format) to the words in it that steer the model:
/// property names, descriptions, titles, enum/const/default/example values, one per line.
/// </summary>
internal static class SchemaText
{
    public static string Flatten(JsonElement schema)
    {
        // The words are a fraction of the schema's JSON, so its size bounds the builder without regrowth.
        var text = new StringBuilder(JsonMarshal.GetRawUtf8Value(schema).Length);
        Walk(schema, text);
        return text.ToString().TrimEnd('\n');
    }

    private static void Walk(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (IsPropertyMap(property) && property.Value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var named in property.Value.EnumerateObject())
                        {
                            text.Append(named.Name).Append('\n');
                            Walk(named.Value, text);
                        }
                    }
                    else if (!IsStructural(property))
                    {
                        Walk(property.Value, text);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, text);
                }

                break;
            case JsonValueKind.String:
                text.Append(element.GetString()).Append('\n');
                break;
        }
    }

    private static bool IsPropertyMap(JsonProperty property) =>
        property.NameEquals("properties") || property.NameEquals("patternProperties")
        || property.NameEquals("$defs") || property.NameEquals("definitions");

    // Keywords whose strings are type names, references or property names already listed, not prose.
    private static bool IsStructural(JsonProperty property) =>
        property.NameEquals("type") || property.NameEquals("$ref") || property.NameEquals("$schema")
        || property.NameEquals("$id") || property.NameEquals("format") || property.NameEquals("required")
        || property.NameEquals("pattern") || property.NameEquals("contentEncoding") || property.NameEquals("contentMediaType");
}
