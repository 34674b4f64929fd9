using System.Text.Json;

namespace PolicyGateway.Tests.Emulator;

/// <summary>One server-sent event as a test client read it.</summary>
internal sealed record SseEvent(string? Name, string Data, TimeSpan ReadAt)
{
    public JsonElement Json => JsonDocument.Parse(Data).RootElement;
}
