using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>
/// The unescaped UTF-8 bytes of a JSON string, read straight from the document when it has no escapes; large base64
/// payloads are decoded from here so they are never turned into a .NET string first.
/// </summary>
internal ref struct Utf8StringValue : IDisposable
{
    private byte[]? _rented;

    public ReadOnlySpan<byte> Span { get; private set; }

    public static Utf8StringValue Of(JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        var quoted = raw[1..^1];
        if (quoted.IndexOf((byte)'\\') < 0)
        {
            return new Utf8StringValue { Span = quoted };
        }

        // Escaped strings are common: System.Text.Json clients escape '+' as \u002B by default.
        var rented = ArrayPool<byte>.Shared.Rent(quoted.Length);
        var reader = new Utf8JsonReader(raw);
        reader.Read();
        int length = reader.CopyString(rented);
        return new Utf8StringValue { _rented = rented, Span = rented.AsSpan(0, length) };
    }

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
            _rented = null;
        }
    }
}
