using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Creating a batch only names its input: an uploaded file, whose lines were read when it was uploaded, or (Azure)
/// an <c>input_blob</c> URL in the customer's storage, which the gateway never sees. Either is reported as a File
/// part (with the endpoint) for policy to correlate or refuse.
/// </summary>
internal static class BatchesReader
{
    public const string Endpoint = "endpoint";
    public const string InputBlob = "input_blob";

    public static void Read(JsonElement root, PartSink sink)
    {
        string? endpoint = JsonShape.String(root, "endpoint");
        AddInput(root, "input_file_id", FileParts.FileId, endpoint, sink);
        AddInput(root, InputBlob, InputBlob, endpoint, sink);
    }

    private static void AddInput(JsonElement root, string field, string metadataKey, string? endpoint, PartSink sink)
    {
        if (!JsonShape.TryGetString(root, field, out var value))
        {
            return;
        }

        string text = value.GetString()!;
        var metadata = new Dictionary<string, string>(2) { [metadataKey] = text };
        if (endpoint is not null)
        {
            metadata[Endpoint] = endpoint;
        }

        sink.Add(ContentKind.File, field, text, metadata: metadata);
    }
}
