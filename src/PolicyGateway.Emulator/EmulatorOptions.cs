namespace PolicyGateway.Emulator;

/// <summary>
/// Behaviour knobs of the emulated Azure OpenAI resource. Read on every request, so tests may change them while the server runs.
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>Delay before the first response byte of every data-plane request.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>Delay between streamed chunks (SSE events and realtime deltas).</summary>
    public TimeSpan TokenDelay { get; set; } = TimeSpan.Zero;

    /// <summary>The clock <see cref="Latency"/> and <see cref="TokenDelay"/> run on; tests pass a fake one instead of sleeping.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>When set, callers must present it as <c>api-key</c>, <c>Authorization: Bearer</c> or <c>?api-key=</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>When set, every data-plane request is answered with this status and an Azure-shaped error.</summary>
    public int? FailWithStatus { get; set; }

    /// <summary>Echoed in the <c>x-ms-region</c> response header so two emulators can be told apart.</summary>
    public string Region { get; set; } = "emulated";

    /// <summary>How many requests the recorder keeps; the oldest are dropped first.</summary>
    public int RecordCapacity { get; set; } = 1000;
}
