using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>Message roles, returned as shared strings so reading a conversation does not allocate one per message.</summary>
internal static class Roles
{
    public const string System = "system";
    public const string Developer = "developer";
    public const string User = "user";
    public const string Assistant = "assistant";
    public const string Tool = "tool";
    public const string Function = "function";

    /// <summary>
    /// The role of text read generically, whose author the gateway cannot tell (an unknown top-level field or event
    /// type, an item type added later, a fine-tuning line that is not a chat): the caller's own words. The learned stage
    /// weighs where text sits, and text no reader claims must never score below the same words sent as a message.
    /// </summary>
    public const string Unattributed = User;

    public static string? Of(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("role", out var role) || role.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        foreach (string known in (ReadOnlySpan<string>)[User, Assistant, System, Developer, Tool, Function])
        {
            if (role.ValueEquals(known))
            {
                return known;
            }
        }

        return role.GetString();
    }

    /// <summary>What a tool's output said is a tool call result, not a person's text.</summary>
    public static ContentKind TextKind(string? role) => role is Tool or Function ? ContentKind.ToolCall : ContentKind.Text;
}
