using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Creating a batch only names an uploaded file; the requests in it were read when the file was uploaded, so the
/// input file id is reported (with the endpoint) for policy to correlate.
/// </summary>
internal static class BatchesReader
{
    public const string Endpoint = "endpoint";

    public static void Read(JsonElement root, PartSink sink)
    {
        if (!JsonShape.TryGetString(root, "input_file_id", out var fileId))
        {
            return;
        }

        string? endpoint = JsonShape.String(root, "endpoint");
        var metadata = new Dictionary<string, string>(2) { [FileParts.FileId] = fileId.GetString()! };
        if (endpoint is not null)
        {
            metadata[Endpoint] = endpoint;
        }

        sink.Add(ContentKind.File, "input_file_id", fileId.GetString(), metadata: metadata);
    }
}
