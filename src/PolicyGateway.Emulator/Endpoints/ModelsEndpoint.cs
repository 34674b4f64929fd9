using System.Text.Json;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>GET models: a fixed catalogue, plus any id asked for by name (deployments are named freely).</summary>
internal static class ModelsEndpoint
{
    private static readonly string[] Catalogue = ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "text-embedding-3-small", "dall-e-3", "whisper", "gpt-4o-realtime-preview"];

    public static Task ListAsync(HttpContext context) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status200OK, 0, static (w, _) =>
        {
            w.WriteStartObject();
            w.WriteString("object", "list");
            w.WriteStartArray("data");
            foreach (var id in Catalogue)
            {
                WriteModel(w, id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

    public static Task GetAsync(HttpContext context) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status200OK, AssistantsEndpoint.Route(context, "modelId"), WriteModel);

    private static void WriteModel(Utf8JsonWriter w, string id)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("object", "model");
        w.WriteNumber("created", 1_700_000_000);
        w.WriteString("owned_by", "system");
        w.WriteEndObject();
    }
}
