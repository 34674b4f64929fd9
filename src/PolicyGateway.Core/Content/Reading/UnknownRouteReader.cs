using PolicyGateway.Content.Multipart;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Writes to routes no specific reader knows (fine-tuning, evals, <c>/uploads/{id}/parts</c>, containers, newer APIs):
/// JSON string leaves, form fields and uploaded files are read generically, so content cannot reach the model through
/// a route the gateway has not heard of. Opaque binary bodies are reported as a File part with their size.
/// </summary>
internal static class UnknownRouteReader
{
    public static void Read(string? contentType, ReadOnlyMemory<byte> body, PartSink sink, List<RequestContent> nested)
    {
        if (MultipartFormData.IsMultipart(contentType))
        {
            FilesReader.ReadAnyForm(FormFields.Parse(contentType, body, sink.Limits), sink, nested);
        }
        else if (ContentReader.IsJson(contentType))
        {
            using var document = JsonBody.ParseObject(body, sink.Limits);

            // Nothing says who wrote these strings but the caller who sent them: read as the caller's own words, as a
            // prompt is, so an ask scores the same through a route the gateway has no reader for.
            GenericStrings.Walk(document.RootElement, "", sink, ContentKind.Text, Roles.Unattributed);
        }
        else if (!TextFile.AddIfText(sink, "body", body.Span))
        {
            sink.Add(ContentKind.File, "body", contentType, body, contentType);
        }
    }
}
