using System.Text.Json;

namespace PolicyGateway.Emulator.Protocol;

/// <summary>Copies request fields into a response object, the way create calls echo what was sent.</summary>
internal static class JsonEcho
{
    public static void Value(Utf8JsonWriter writer, JsonElement body, string name, string fallbackJson)
    {
        writer.WritePropertyName(name);
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Undefined)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteRawValue(fallbackJson, skipInputValidation: true);
        }
    }

    public static void String(Utf8JsonWriter writer, JsonElement body, string name, string? fallback = null)
    {
        var value = MessageText.GetString(body, name) ?? fallback;
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
