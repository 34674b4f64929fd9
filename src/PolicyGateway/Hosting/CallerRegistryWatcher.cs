using Microsoft.Extensions.Logging;
using PolicyGateway.Callers;

namespace PolicyGateway.Hosting;

/// <summary>
/// Loads <c>callers.yaml</c> and reloads it when it changes. A broken edit is logged and ignored: the last good
/// registry stays in force. A broken file at start-up stops the gateway.
/// </summary>
public sealed partial class CallerRegistryWatcher : ICallerRegistrySource, IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(200);
    private readonly string _path;
    private readonly ILogger<CallerRegistryWatcher> _logger;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _reloadTimer;
    private volatile CallerRegistry _current;

    public CallerRegistryWatcher(string policiesPath, ILogger<CallerRegistryWatcher> logger)
    {
        _path = Path.GetFullPath(Path.Combine(policiesPath, "callers.yaml"));
        _logger = logger;
        _current = CallerRegistryLoader.LoadFile(_path);
        _reloadTimer = new Timer(_ => Reload());
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(_path)!, Path.GetFileName(_path))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
        };
        _watcher.Changed += (_, _) => ScheduleReload();
        _watcher.Created += (_, _) => ScheduleReload();
        _watcher.Renamed += (_, _) => ScheduleReload();
        _watcher.EnableRaisingEvents = true;
    }

    public CallerRegistry Current => _current;

    // Editors write files in several steps; waiting for quiet avoids loading a half-written file.
    private void ScheduleReload() => _reloadTimer.Change(Debounce, Timeout.InfiniteTimeSpan);

    private void Reload()
    {
        try
        {
            _current = CallerRegistryLoader.LoadFile(_path);
            LogReloaded(_path, _current.Callers.Count);
        }
        catch (Exception ex) when (ex is CallerRegistryException or IOException)
        {
            LogRejected(_path, ex.Message);
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _reloadTimer.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reloaded caller registry {Path}: {Count} callers")]
    private partial void LogReloaded(string path, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rejected edit of caller registry {Path}; the previous registry stays in force: {Errors}")]
    private partial void LogRejected(string path, string errors);
}
