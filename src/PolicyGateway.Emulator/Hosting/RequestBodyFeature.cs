namespace PolicyGateway.Emulator.Hosting;

/// <summary>The request body, read once by the middleware for recording and shared with the handler.</summary>
internal sealed class RequestBodyFeature(byte[] body)
{
    public byte[] Body { get; } = body;
}
