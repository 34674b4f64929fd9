using System.Buffers;

namespace PolicyGateway.Inspection;

/// <summary>
/// The request body read once into a pooled buffer. The same bytes are inspected and then forwarded, so what the
/// policy saw is exactly what the upstream gets.
/// </summary>
public sealed class RequestBody : IDisposable
{
    private byte[] _buffer;

    private RequestBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

    /// <summary>Reads the whole body, or returns null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<RequestBody?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(request.ContentLength ?? 16 * 1024, 1, maxBytes));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length >= maxBytes)
                    {
                        // One byte more would exceed the limit; probe for it rather than trusting Content-Length.
                        var probe = new byte[1];
                        if (await request.Body.ReadAsync(probe, cancellationToken) == 0) break;
                        ArrayPool<byte>.Shared.Return(buffer);
                        return null;
                    }
                    buffer = Grow(buffer, length, maxBytes);
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0) break;
                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
        return new RequestBody(buffer, length);
    }

    /// <summary>A fresh read-only stream over the buffered bytes, for YARP to forward.</summary>
    public Stream OpenRead() => new MemoryStream(_buffer, 0, Length, writable: false);

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }

    private static byte[] Grow(byte[] buffer, int length, long maxBytes)
    {
        var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxBytes));
        buffer.AsSpan(0, length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(buffer);
        return bigger;
    }
}
