using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>Shape checks that tolerate fields of the wrong type: those the upstream rejects, so they carry nothing to the model.</summary>
internal static class JsonShape
{
    public static bool TryGet(JsonElement parent, string name, JsonValueKind kind, out JsonElement value) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out value) && value.ValueKind == kind
        || Fail(out value);

    public static bool TryGetObject(JsonElement parent, string name, out JsonElement value) =>
        TryGet(parent, name, JsonValueKind.Object, out value);

    public static bool TryGetArray(JsonElement parent, string name, out JsonElement value) =>
        TryGet(parent, name, JsonValueKind.Array, out value);

    public static bool TryGetString(JsonElement parent, string name, out JsonElement value) =>
        TryGet(parent, name, JsonValueKind.String, out value);

    public static string? String(JsonElement parent, string name) =>
        TryGetString(parent, name, out var value) ? value.GetString() : null;

    private static bool Fail(out JsonElement value)
    {
        value = default;
        return false;
    }
}
