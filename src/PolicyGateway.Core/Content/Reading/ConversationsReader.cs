using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>Items stored in a conversation (<c>/conversations</c>, <c>/conversations/{id}/items</c>) are responses input the model reads later.</summary>
internal static class ConversationsReader
{
    public static void Read(JsonElement root, PartSink sink)
    {
        if (root.TryGetProperty("items", out var items))
        {
            ResponseItemsReader.Read(items, "items", sink);
        }
    }
}
