using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// JSONL uploads whose every line is content: batch input (each line a full request, read with the reader of its
/// <c>url</c>) and fine-tuning data (each line a conversation the model will learn from). Each line becomes a nested
/// <see cref="RequestContent"/> whose locations start with <c>file:&lt;name&gt;#line N[ custom_id=…]: </c>.
/// </summary>
internal static class JsonlReader
{
    public static void ReadBatch(ReadOnlyMemory<byte> file, string fileName, ContentLimits limits, List<RequestContent> nested)
    {
        foreach (var (number, line) in Lines(file, fileName, limits))
        {
            string lineName = $"file:{fileName}#line {number}";
            using var document = JsonBody.ParseObject(line, limits, lineName, lineName);
            var request = document.RootElement;
            if (!JsonShape.TryGetString(request, "url", out var url) || !JsonShape.TryGetObject(request, "body", out var body))
            {
                throw new ContentParseException($"{lineName} is not a batch request: it needs a string 'url' and an object 'body'.", lineName);
            }

            var route = ApiRoutes.ClassifyBatchUrl(url.GetString()!);
            if (!route.Inspected || route.ReadGenerically || route.Kind == ApiKind.Other)
            {
                throw new ContentParseException($"{lineName} targets '{url.GetString()}', which is not an endpoint a batch can call.", lineName);
            }

            string? customId = JsonShape.String(request, "custom_id");
            string prefix = customId is null ? $"{lineName}: " : $"{lineName} custom_id={customId}: ";
            nested.Add(ReadLine(route.Kind, body, prefix, limits));
        }
    }

    public static void ReadFineTune(ReadOnlyMemory<byte> file, string fileName, ContentLimits limits, List<RequestContent> nested)
    {
        foreach (var (number, line) in Lines(file, fileName, limits))
        {
            string lineName = $"file:{fileName}#line {number}";
            using var document = JsonBody.ParseObject(line, limits, lineName, lineName);
            var example = document.RootElement;

            // Chat-format examples (messages, tools) read like a chat request; other formats (prompt/completion,
            // preference pairs) are read field by field.
            var api = example.TryGetProperty("messages", out _) ? ApiKind.ChatCompletions : ApiKind.Files;
            nested.Add(ReadLine(api, example, $"{lineName}: ", limits));
        }
    }

    private static RequestContent ReadLine(ApiKind api, JsonElement body, string prefix, ContentLimits limits)
    {
        var sink = new PartSink(limits, prefix);
        try
        {
            if (api == ApiKind.Files)
            {
                GenericStrings.Walk(body, "", sink, ContentKind.Text, Roles.Unattributed);
            }
            else
            {
                JsonReaders.Read(api, body, sink);
            }
        }
        catch (ContentParseException e)
        {
            throw new ContentParseException(prefix + e.Message, prefix + e.Param, e);
        }

        return new RequestContent(api, sink.Parts, []);
    }

    private static IEnumerable<(int Number, ReadOnlyMemory<byte> Line)> Lines(ReadOnlyMemory<byte> file, string fileName, ContentLimits limits)
    {
        int number = 0;
        int lines = 0;
        var rest = file;
        while (!rest.IsEmpty)
        {
            int end = rest.Span.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            number++;
            if (line.Span.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            if (++lines > limits.MaxBatchLines)
            {
                throw new ContentParseException($"file:{fileName} has more than {limits.MaxBatchLines} lines.", $"file:{fileName}");
            }

            yield return (number, line);
        }
    }
}
