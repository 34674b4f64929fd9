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
