using PolicyGateway.Content.Multipart;
using PolicyGateway.Content.Reading;

namespace PolicyGateway.Content;

/// <summary>
/// Extracts everything the model will see from an Azure OpenAI request body, each part with its location in the body.
/// A body that cannot be read on an inspected route throws <see cref="ContentParseException"/>: the gateway answers
/// 400 and does not forward what it could not inspect.
/// </summary>
/// <remarks>
/// Locations are JSON paths into the body (<c>messages[2].content[1]</c>, <c>tools[0].function.parameters</c>,
/// <c>input[3].output</c>, <c>session.instructions</c>); form fields are named (<c>prompt</c>, <c>image[]#2</c> when
/// a name repeats); uploaded files are <c>file:&lt;name&gt;</c> (<c>#chunk N</c> when split); parts of a batch or
/// fine-tuning line are nested and prefixed <c>file:&lt;name&gt;#line N[ custom_id=…]: </c>.
/// </remarks>
public static class ContentReader
{
    /// <param name="api">The route's kind, from <see cref="ApiRoutes.Classify"/>.</param>
    /// <param name="contentType">The request's Content-Type header (a multipart boundary is read from it).</param>
    public static RequestContent Read(ApiKind api, string? contentType, ReadOnlyMemory<byte> body, ContentLimits? limits = null)
    {
        try
        {
            return ReadChecked(api, contentType, body, limits ?? ContentLimits.Default);
        }
        catch (InvalidOperationException ex) when (InvalidText.Describe(body.Span) is { } reason)
        {
            throw InvalidTextException(reason, ex);
        }
    }

    private static RequestContent ReadChecked(ApiKind api, string? contentType, ReadOnlyMemory<byte> body, ContentLimits limits)
    {
        CheckSize(body, limits);
        if (body.IsEmpty || api is ApiKind.Models or ApiKind.VectorStores)
        {
            return RequestContent.Empty(api);
        }

        var sink = new PartSink(limits);
        List<RequestContent> nested = [];
        switch (api)
        {
            case ApiKind.Files when MultipartFormData.IsMultipart(contentType):
                FilesReader.Read(FormFields.Parse(contentType, body, limits), sink, nested);
                break;
            case ApiKind.AudioTranscriptions or ApiKind.AudioTranslations:
                AudioFormReader.Read(FormFields.Parse(contentType, body, limits), sink);
                break;
            case ApiKind.ImageEdits when MultipartFormData.IsMultipart(contentType):
                ImageEditsReader.ReadForm(FormFields.Parse(contentType, body, limits), sink);
                break;
            case ApiKind.Realtime when MultipartFormData.IsMultipart(contentType):
                ReadRealtimeCallForm(FormFields.Parse(contentType, body, limits), sink);
                break;
            case ApiKind.Realtime when IsSdp(contentType):
                // A WebRTC offer: media negotiation only, the conversation's events flow on the data channel.
                break;
            case ApiKind.Other:
                UnknownRouteReader.Read(contentType, body, sink, nested);
                break;
            default:
                ReadJson(api, contentType, body, sink);
                break;
        }

        return new RequestContent(api, sink.Parts, nested);
    }

    /// <summary>Reads one realtime client event (one WebSocket text frame). Event types that carry no content yield no parts.</summary>
    public static RequestContent ReadRealtimeEvent(ReadOnlyMemory<byte> eventJson, ContentLimits? limits = null)
    {
        limits ??= ContentLimits.Default;
        CheckSize(eventJson, limits);
        var sink = new PartSink(limits);
        try
        {
            using var document = JsonBody.ParseObject(eventJson, limits, "The realtime event");
            RealtimeReader.ReadEvent(document.RootElement, sink);
        }
        catch (InvalidOperationException ex) when (InvalidText.Describe(eventJson.Span) is { } reason)
        {
            throw InvalidTextException(reason, ex);
        }
        return new RequestContent(ApiKind.Realtime, sink.Parts, []);
    }

    // System.Text.Json reports text it cannot transcode as InvalidOperationException when a string is read; that is the
    // client's mistake (400, or 1007 on a realtime session), not a fault of the gateway.
    private static ContentParseException InvalidTextException(string reason, Exception inner) =>
        new($"The body is not valid Unicode text: {reason}.", null, inner) { InvalidText = true };

    private static void ReadJson(ApiKind api, string? contentType, ReadOnlyMemory<byte> body, PartSink sink)
    {
        if (!IsJson(contentType))
        {
            throw new ContentParseException($"Expected an application/json body, got '{contentType}'.");
        }

        using var document = JsonBody.ParseObject(body, sink.Limits);
        JsonReaders.Read(api, document.RootElement, sink);
    }

    // POST /realtime/calls: the SDP offer plus a "session" field holding the session JSON.
    private static void ReadRealtimeCallForm(FormFields form, PartSink sink)
    {
        foreach (var (section, location) in form.Sections)
        {
            if (section.Name == "session")
            {
                using var document = JsonBody.ParseObject(section.Body, sink.Limits, "The 'session' form field", location);
                RealtimeReader.ReadSessionBody(document.RootElement, sink);
            }
        }
    }

    private static void CheckSize(ReadOnlyMemory<byte> body, ContentLimits limits)
    {
        if (body.Length > limits.MaxBodyBytes)
        {
            throw new ContentParseException($"The body is {body.Length} bytes, more than the limit of {limits.MaxBodyBytes}.");
        }
    }

    // A missing Content-Type is read as JSON: the body is parsed either way, so nothing goes unread.
    internal static bool IsJson(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        var mediaType = HeaderParameters.Value(contentType);
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSdp(string? contentType) =>
        contentType is not null && HeaderParameters.Value(contentType).Equals("application/sdp", StringComparison.OrdinalIgnoreCase);
}
