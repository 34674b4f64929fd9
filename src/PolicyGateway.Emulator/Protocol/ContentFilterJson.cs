using System.Text.Json;

namespace PolicyGateway.Emulator.Protocol;

/// <summary>Azure's content-filter annotations, always reporting "safe", as Azure adds them to model responses.</summary>
internal static class ContentFilterJson
{
    public static void WritePromptFilterResults(Utf8JsonWriter writer, int promptCount = 1)
    {
        writer.WriteStartArray("prompt_filter_results");
        for (var i = 0; i < promptCount; i++)
        {
            writer.WriteStartObject();
            writer.WriteNumber("prompt_index", i);
            writer.WriteStartObject("content_filter_results");
            WriteSeverity(writer, "hate");
            WriteDetection(writer, "jailbreak");
            WriteSeverity(writer, "self_harm");
            WriteSeverity(writer, "sexual");
            WriteSeverity(writer, "violence");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Whole completions carry the protected-material checks; stream chunks, which Azure annotates
    /// batch by batch, carry only the four severity categories.
    /// </summary>
    public static void WriteCompletionFilterResults(Utf8JsonWriter writer, bool includeProtectedMaterial = true)
    {
        writer.WriteStartObject("content_filter_results");
        WriteSeverity(writer, "hate");
        if (includeProtectedMaterial)
        {
            WriteDetection(writer, "protected_material_code");
            WriteDetection(writer, "protected_material_text");
        }

        WriteSeverity(writer, "self_harm");
        WriteSeverity(writer, "sexual");
        WriteSeverity(writer, "violence");
        writer.WriteEndObject();
    }

    /// <summary>Azure sends an empty annotation on stream chunks that carry no text (role and finish chunks).</summary>
    public static void WriteEmptyFilterResults(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("content_filter_results");
        writer.WriteEndObject();
    }

    private static void WriteSeverity(Utf8JsonWriter writer, string category)
    {
        writer.WriteStartObject(category);
        writer.WriteBoolean("filtered", false);
        writer.WriteString("severity", "safe");
        writer.WriteEndObject();
    }

    private static void WriteDetection(Utf8JsonWriter writer, string category)
    {
        writer.WriteStartObject(category);
        writer.WriteBoolean("filtered", false);
        writer.WriteBoolean("detected", false);
        writer.WriteEndObject();
    }
}
