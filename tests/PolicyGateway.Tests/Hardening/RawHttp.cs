using System.Net.Sockets;
using System.Text;

namespace PolicyGateway.Tests.Hardening;

/// <summary>
/// Sends a request byte for byte over a fresh loopback connection, for attacks HttpClient will not express (odd
/// upgrades, hand-made paths, a slow drip), and reads the response until the server closes or the head and
/// Content-Length body have arrived.
/// </summary>
internal static class RawHttp
{
    public static async Task<RawResponse> SendAsync(Uri baseAddress, string head, byte[]? body = null, TimeSpan? bytePause = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(baseAddress.Host, baseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ReplaceLineEndings("\r\n").TrimEnd('\r', '\n') + "\r\n\r\n"));
        if (body is not null)
        {
            await WriteBodyAsync(stream, body, bytePause);
        }
        return await ReadAsync(stream);
    }

    private static async Task WriteBodyAsync(NetworkStream stream, byte[] body, TimeSpan? bytePause)
    {
        if (bytePause is not { } pause)
        {
            try
            {
                await stream.WriteAsync(body);
            }
            catch (IOException)
            {
                // The server answered and closed before the whole body was sent (a body over the limit): read its answer.
            }
            return;
        }
        try
        {
            foreach (var b in body)
            {
                await stream.WriteAsync(new[] { b });
                await Task.Delay(pause);
            }
        }
        catch (IOException)
        {
            // The server gave up on the slow client and closed the connection: what the test wants to see.
        }
    }

    private static async Task<RawResponse> ReadAsync(NetworkStream stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            int read;
            try
            {
                read = await stream.ReadAsync(buffer, timeout.Token);
            }
            catch (IOException)
            {
                break;
            }
            if (read == 0) break;
            received.Write(buffer, 0, read);
            if (RawResponse.TryParse(received.ToArray(), out var complete)) return complete;
        }
        return RawResponse.TryParse(received.ToArray(), out var response) ? response : RawResponse.Parse(received.ToArray());
    }
}
