using Microsoft.Extensions.Logging;

namespace PolicyGateway.Core.Tests.Policy;

/// <summary>Keeps every log entry (event id, level, rendered message) so a test can check what an operator would read.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly List<(EventId Id, LogLevel Level, string Message)> _entries = [];

    public IReadOnlyList<(EventId Id, LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_entries) return [.. _entries];
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_entries) _entries.Add((eventId, logLevel, formatter(state, exception)));
    }
}
