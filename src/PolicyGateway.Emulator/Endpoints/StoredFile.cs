using System.Text.Json;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>An uploaded file kept in memory.</summary>
internal sealed record StoredFile(string Id, string Filename, string Purpose, long CreatedAt, byte[] Content)
{
    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("id", Id);
        w.WriteString("object", "file");
        w.WriteNumber("bytes", Content.Length);
        w.WriteNumber("created_at", CreatedAt);
        w.WriteString("filename", Filename);
        w.WriteString("purpose", Purpose);
        w.WriteString("status", "processed");
        w.WriteNull("status_details");
        w.WriteEndObject();
    }
}
