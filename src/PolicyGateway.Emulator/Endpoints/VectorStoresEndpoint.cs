using System.Text.Json;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>Vector stores: stateless create and retrieve returning a completed, empty store.</summary>
internal static class VectorStoresEndpoint
{
    public static Task CreateAsync(HttpContext context) =>
        AssistantsEndpoint.WithBodyAsync(context, (string?)null, static (w, body, _) => Write(w, EmulatorIds.New("vs_"), body));

    public static Task GetAsync(HttpContext context) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status200OK, AssistantsEndpoint.Route(context, "vectorStoreId"), static (w, id) => Write(w, id, default));

    private static void Write(Utf8JsonWriter w, string id, JsonElement body)
    {
        var now = EmulatorIds.UnixNow();
        var fileCount = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("file_ids", out var ids) && ids.ValueKind == JsonValueKind.Array ? ids.GetArrayLength() : 0;
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("object", "vector_store");
        w.WriteNumber("created_at", now);
        JsonEcho.String(w, body, "name");
        w.WriteNumber("usage_bytes", 0);
        w.WriteStartObject("file_counts");
        w.WriteNumber("in_progress", 0);
        w.WriteNumber("completed", fileCount);
        w.WriteNumber("failed", 0);
        w.WriteNumber("cancelled", 0);
        w.WriteNumber("total", fileCount);
        w.WriteEndObject();
        w.WriteString("status", "completed");
        JsonEcho.Value(w, body, "expires_after", "null");
        w.WriteNull("expires_at");
        w.WriteNumber("last_active_at", now);
        JsonEcho.Value(w, body, "metadata", "{}");
        w.WriteEndObject();
    }
}
