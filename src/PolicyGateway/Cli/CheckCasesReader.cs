using System.Text;
using System.Text.Json;

namespace PolicyGateway.Cli;

/// <summary>
/// Reads a JSON Lines cases file: per line <c>id</c>, <c>caller</c>, optional <c>method</c> (POST), <c>path</c>,
/// optional <c>headers</c>, and <c>body</c> (any JSON value, sent as JSON) or <c>body_base64</c> with <c>content_type</c>.
/// Other fields are ignored. Blank lines are skipped.
/// </summary>
internal static class CheckCasesReader
{
    /// <summary>Every case, or (errors non-empty) what is wrong with which line.</summary>
    public static (List<CheckCase> Cases, List<string> Errors) Read(string file, string text)
    {
        var cases = new List<CheckCase>();
        var errors = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var at = $"{file}:{i + 1}";
            try
            {
                using var document = JsonDocument.Parse(line);
                var (parsed, error) = Parse(document.RootElement, at, i + 1);
                if (parsed is not null)
                {
                    cases.Add(parsed);
                }
                else
                {
                    errors.Add($"{at}: {error}");
                }
            }
            catch (JsonException ex)
            {
                errors.Add($"{at}: not a JSON object: {ex.Message}");
            }
        }
        return (cases, errors);
    }

    private static (CheckCase? Case, string? Error) Parse(JsonElement line, string at, int number)
    {
        if (line.ValueKind != JsonValueKind.Object)
        {
            return (null, "each line must be a JSON object");
        }
        foreach (var name in (string[])["id", "caller", "method", "path", "content_type", "body_base64"])
        {
            if (line.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return (null, $"'{name}' must be a string");
            }
        }
        var id = Text(line, "id") ?? $"line {number}";
        if (Text(line, "caller") is not { } caller)
        {
            return (null, $"case '{id}': 'caller' (a registered caller id) is required");
        }
        if (Text(line, "path") is not { } path)
        {
            return (null, $"case '{id}': 'path' is required");
        }
        var contentType = Text(line, "content_type") ?? Header(line, "content-type");
        var hasBody = line.TryGetProperty("body", out var body);
        var base64 = Text(line, "body_base64");
        ReadOnlyMemory<byte> bytes = default;
        if (hasBody && base64 is not null)
        {
            return (null, $"case '{id}': give 'body' or 'body_base64', not both");
        }
        if (hasBody)
        {
            bytes = Encoding.UTF8.GetBytes(body.GetRawText());
            contentType ??= "application/json";
        }
        else if (base64 is not null)
        {
            var buffer = new byte[base64.Length];
            if (!Convert.TryFromBase64String(base64, buffer, out var written))
            {
                return (null, $"case '{id}': body_base64 is not valid base64");
            }
            bytes = buffer.AsMemory(0, written);
        }
        return (new CheckCase(at, id, caller, Text(line, "method") ?? "POST", path, contentType, bytes), null);
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Header(JsonElement line, string name)
    {
        if (!line.TryGetProperty("headers", out var headers) || headers.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        return headers.EnumerateObject()
            .Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase) && h.Value.ValueKind == JsonValueKind.String)
            .Select(h => h.Value.GetString())
            .FirstOrDefault();
    }
}
