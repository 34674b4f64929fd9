using System.Text;
using System.Text.Json;

namespace PolicyGateway.Emulator.Protocol;

/// <summary>Pulls plain text out of the content shapes the chat, responses and realtime APIs accept.</summary>
internal static class MessageText
{
    /// <summary>Text of a content value: a string, or an array of parts whose text is joined with spaces.</summary>
    public static string FromContent(JsonElement content)
    {
        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString() ?? "";
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var part in content.EnumerateArray())
        {
            string? piece = null;
            if (part.ValueKind == JsonValueKind.String)
            {
                piece = part.GetString();
            }
            else if (part.ValueKind == JsonValueKind.Object)
            {
                piece = GetString(part, "text") ?? GetString(part, "transcript");
            }

            if (!string.IsNullOrEmpty(piece))
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                text.Append(piece);
            }
        }

        return text.ToString();
    }

    /// <summary>Text of the last item with role "user" in a messages or input array, plus the total text length for usage figures.</summary>
    public static (string LastUserText, int TotalChars) FromMessages(JsonElement messages)
    {
        var last = "";
        var total = 0;
        foreach (var message in messages.EnumerateArray())
        {
            if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("content", out var content))
            {
                continue;
            }

            var text = FromContent(content);
            total += text.Length;
            if (GetString(message, "role") == "user")
            {
                last = text;
            }
        }

        return (last, total);
    }

    public static string? GetString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static int? GetInt(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : null;

    public static bool GetBool(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
