using System.Text.Json;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>A batch job; it never runs, it only reports the status a real one has at that moment.</summary>
internal sealed record StoredBatch(string Id, string Endpoint, string InputFileId, string CompletionWindow, long CreatedAt, string Status, string? MetadataJson)
{
    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("id", Id);
        w.WriteString("object", "batch");
        w.WriteString("endpoint", Endpoint);
        w.WriteNull("errors");
        w.WriteString("input_file_id", InputFileId);
        w.WriteString("completion_window", CompletionWindow);
        w.WriteString("status", Status);
        w.WriteNull("output_file_id");
        w.WriteNull("error_file_id");
        w.WriteNumber("created_at", CreatedAt);
        w.WriteNull("in_progress_at");
        w.WriteNumber("expires_at", CreatedAt + 86_400);
        w.WriteNull("finalizing_at");
        w.WriteNull("completed_at");
        w.WriteNull("failed_at");
        w.WriteNull("expired_at");
        if (Status == "cancelling")
        {
            w.WriteNumber("cancelling_at", Protocol.EmulatorIds.UnixNow());
        }
        else
        {
            w.WriteNull("cancelling_at");
        }

        w.WriteNull("cancelled_at");
        w.WriteStartObject("request_counts");
        w.WriteNumber("total", 0);
        w.WriteNumber("completed", 0);
        w.WriteNumber("failed", 0);
        w.WriteEndObject();
        w.WritePropertyName("metadata");
        if (MetadataJson is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteRawValue(MetadataJson, skipInputValidation: true);
        }

        w.WriteEndObject();
    }
}
