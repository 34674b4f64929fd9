using System.Text;
using System.Text.Json;
using PolicyGateway.Content;

namespace PolicyGateway.Intent.Training.Corpus;

/// <summary>
/// Turns a corpus entry into the <see cref="RequestContent"/> the gateway would classify, through the real
/// <see cref="ContentReader"/>: image placeholders ("{{IMAGE:n}}") become tiny JPEGs carrying the entry's EXIF
/// make/model; a batch line is uploaded as a one-line batch file and its nested request is classified (the
/// gateway classifies nested requests one by one); realtime entries are a list of client events read one by one
/// and classified together as the session's conversation.
/// </summary>
public static class CorpusRequestBuilder
{
    private const string Boundary = "corpus-boundary-7d3f";

    public static RequestContent Build(CorpusEntry entry)
    {
        var json = WithImages(entry);
        return entry.Api switch
        {
            "chat" => Read(ApiKind.ChatCompletions, json),
            "responses" => Read(ApiKind.Responses, json),
            "completions" => Read(ApiKind.Completions, json),
            "embeddings" => Read(ApiKind.Embeddings, json),
            "image_generation" => Read(ApiKind.ImageGenerations, json),
            "realtime" => RealtimeSession(json),
            "batch_line" => BatchLine(json),
            _ => throw new InvalidDataException("unknown api " + entry.Api),
        };
    }

    private static RequestContent Read(ApiKind api, string json) =>
        ContentReader.Read(api, "application/json", Encoding.UTF8.GetBytes(json));

    private static RequestContent RealtimeSession(string json)
    {
        var parts = new List<ContentPart>();
        using var events = JsonDocument.Parse(json);
        foreach (var clientEvent in events.RootElement.EnumerateArray())
        {
            parts.AddRange(ContentReader.ReadRealtimeEvent(Encoding.UTF8.GetBytes(clientEvent.GetRawText())).Parts);
        }

        return new RequestContent(ApiKind.Realtime, parts, []);
    }

    private static RequestContent BatchLine(string line)
    {
        var body = new StringBuilder()
            .Append("--").Append(Boundary).Append("\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n")
            .Append("--").Append(Boundary).Append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"batch.jsonl\"\r\n")
            .Append("Content-Type: application/jsonl\r\n\r\n").Append(line).Append('\n')
            .Append("\r\n--").Append(Boundary).Append("--\r\n")
            .ToString();
        var upload = ContentReader.Read(ApiKind.Files, "multipart/form-data; boundary=" + Boundary, Encoding.UTF8.GetBytes(body));
        return upload.Nested.Count == 1 ? upload.Nested[0] : throw new InvalidDataException("a batch line must hold one request");
    }

    private static string WithImages(CorpusEntry entry)
    {
        var json = entry.Body.GetRawText();
        for (var i = 0; i < entry.Images.Count; i++)
        {
            var image = entry.Images[i];
            json = json.Replace("{{IMAGE:" + i + "}}", Convert.ToBase64String(TinyJpeg.WithExif(image.Make, image.Model, image.Software)), StringComparison.Ordinal);
        }

        return json;
    }
}
