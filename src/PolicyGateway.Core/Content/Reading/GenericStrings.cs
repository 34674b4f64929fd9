using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Fallback for shapes the readers do not know (new item or part types): every string leaf is content, so text cannot
/// slip past the gateway in a field it has not heard of. Ids, type tags and statuses are skipped; data URLs become images.
/// </summary>
internal static class GenericStrings
{
    public static void Walk(JsonElement element, string path, PartSink sink, ContentKind kind, string? role)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsBookkeeping(property))
                    {
                        Walk(property.Value, JsonPath.Join(path, property.Name), sink, kind, role);
                    }
                }

                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{index++}]", sink, kind, role);
                }

                break;
            case JsonValueKind.String:
                if (IsDataUrl(element))
                {
                    ImageParts.AddUrl(sink, path, element, role);
                }
                else
                {
                    sink.AddString(kind, path, element, role);
                }

                break;
        }
    }

    private static bool IsDataUrl(JsonElement value)
    {
        using var utf8 = Utf8StringValue.Of(value);
        return DataUrl.Is(utf8.Span);
    }

    private static bool IsBookkeeping(JsonProperty property) =>
        property.NameEquals("id") || property.NameEquals("type") || property.NameEquals("status")
        || property.NameEquals("call_id") || property.NameEquals("tool_call_id") || property.NameEquals("role")
        || property.NameEquals("object") || property.NameEquals("detail") || property.NameEquals("item_id")
        || property.NameEquals("previous_item_id") || property.NameEquals("event_id") || property.NameEquals("encrypted_content");
}
