using System.Buffers;
using System.Net.WebSockets;

namespace PolicyGateway.Realtime;

/// <summary>One whole WebSocket message (all its frames), or the peer's close.</summary>
internal readonly record struct WebSocketMessage(WebSocketMessageType Type, ReadOnlyMemory<byte> Data, WebSocketCloseStatus? CloseStatus, string? CloseDescription)
{
    /// <summary>Reads frames until the end of a message; returns null if the message exceeds <paramref name="maxBytes"/>.</summary>
    public static async Task<WebSocketMessage?> ReadAsync(WebSocket socket, ArrayBufferWriter<byte> buffer, int maxBytes, CancellationToken cancellationToken)
    {
        buffer.ResetWrittenCount();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(16 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new WebSocketMessage(WebSocketMessageType.Close, default, socket.CloseStatus, socket.CloseStatusDescription);
            }
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > maxBytes) return null;
            if (result.EndOfMessage)
            {
                return new WebSocketMessage(result.MessageType, buffer.WrittenMemory, null, null);
            }
        }
    }
}
