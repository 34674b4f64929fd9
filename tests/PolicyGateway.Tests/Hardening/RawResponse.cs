using System.Text;
using System.Text.Json;

namespace PolicyGateway.Tests.Hardening;

/// <summary>A response read off the wire by <see cref="RawHttp"/>.</summary>
internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The OpenAI error <c>code</c>, or null when the body is not an OpenAI error.</summary>
    public string? ErrorCode
    {
        get
        {
            try
            {
                using var json = JsonDocument.Parse(Body);
                return json.RootElement.GetProperty("error").GetProperty("code").GetString();
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                return null;
            }
        }
    }

    /// <summary>True once the head and, when announced, the whole Content-Length body are in.</summary>
    public static bool TryParse(byte[] data, out RawResponse response)
    {
        response = null!;
        var text = Encoding.UTF8.GetString(data);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) return false;
        var parsed = Parse(data);
        if (!parsed.Headers.TryGetValue("content-length", out var length)) return false;
        if (Encoding.UTF8.GetByteCount(parsed.Body) < int.Parse(length, System.Globalization.CultureInfo.InvariantCulture)) return false;
        response = parsed;
        return true;
    }

    public static RawResponse Parse(byte[] data)
    {
        var text = Encoding.UTF8.GetString(data);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return new RawResponse(0, new Dictionary<string, string>(), text);
        }
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1)
            .Select(l => l.Split(':', 2))
            .GroupBy(p => p[0].Trim().ToLowerInvariant())
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(p => p[1].Trim())));
        return new RawResponse(status, headers, text[(end + 4)..]);
    }
}
