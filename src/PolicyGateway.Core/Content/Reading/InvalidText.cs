using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// Says why a JSON body holds text that is not Unicode: raw bytes that are not UTF-8 (including overlong forms), or a
/// <c>\uD800</c>-style escape of an unpaired surrogate. Run only after reading failed, so valid bodies pay nothing.
/// </summary>
internal static class InvalidText
{
    /// <summary>The reason, or null when the body's text is valid and the failure was something else.</summary>
    public static string? Describe(ReadOnlySpan<byte> json)
    {
        if (!Utf8.IsValid(json))
        {
            return "it contains bytes that are not valid UTF-8";
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 4096 });
        var scratch = ArrayPool<byte>.Shared.Rent(256);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || !reader.ValueIsEscaped)
                {
                    continue;
                }
                var needed = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
                if (scratch.Length < needed)
                {
                    ArrayPool<byte>.Shared.Return(scratch);
                    scratch = ArrayPool<byte>.Shared.Rent(needed);
                }
                try
                {
                    reader.CopyString(scratch);
                }
                catch (InvalidOperationException)
                {
                    return "it contains an escaped unpaired surrogate (such as \\ud800), which is not a Unicode character";
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: whatever failed was not an encoding problem this check can name.
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
        return null;
    }
}
