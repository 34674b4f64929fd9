using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PolicyGateway.Tests.Infrastructure;

/// <summary>
/// A logger provider that keeps every entry; registered as the gateway's <see cref="ILoggerFactory"/> through the
/// host's service overrides, so a test can see what the gateway logged (Serilog's console is not readable from here).
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, EventId EventId, string Message)> Entries { get; } = new();

    public ILoggerFactory CreateFactory() => LoggerFactory.Create(builder => builder.AddProvider(this).SetMinimumLevel(LogLevel.Information));

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Entries.Enqueue((logLevel, eventId, formatter(state, exception)));
    }
}
