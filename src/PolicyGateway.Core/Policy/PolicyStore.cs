using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace PolicyGateway.Policy;

/// <summary>
/// Holds the policy snapshot in force and swaps it atomically when the directory changes. An invalid directory
/// stops <see cref="Open"/>; an invalid edit later is rejected and logged, and the last good snapshot stays in force.
/// </summary>
public sealed partial class PolicyStore : IDisposable
{
    private readonly string _directory;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Lock _reloadLock = new();
    private readonly FileSystemWatcher? _watcher;
    private readonly ITimer? _debounce;
    private readonly TimeSpan _debounceDelay;
    private readonly string? _demoCallersFile;
    private PolicySnapshot _current;

    private PolicyStore(string directory, PolicySnapshot initial, PolicyStoreOptions options, ILogger logger, TimeProvider time)
    {
        _directory = directory;
        _current = initial;
        _logger = logger;
        _time = time;
        _debounceDelay = options.Debounce;
        _demoCallersFile = options.DemoCallersFile;
        if (options.Watch)
        {
            _debounce = time.CreateTimer(_ => Reload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _watcher = new FileSystemWatcher(directory)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                IncludeSubdirectories = false,
            };
            _watcher.Changed += OnFileEvent;
            _watcher.Created += OnFileEvent;
            _watcher.Deleted += OnFileEvent;
            _watcher.Renamed += OnFileEvent;
            // Lost events (buffer overflow) mean we cannot know what changed: reload everything.
            _watcher.Error += (_, _) => ScheduleReload();
            _watcher.EnableRaisingEvents = true;
        }
    }

    /// <summary>The snapshot in force. Read it once per decision so rules and callers come from the same version.</summary>
    public PolicySnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after every reload attempt: on a thread-pool thread for watched changes, on the caller's thread for <see cref="Reload"/>.</summary>
    public event EventHandler<PolicyReloadedEventArgs>? Reloaded;

    /// <exception cref="PolicyLoadException">The directory is invalid: start-up must stop.</exception>
    public static PolicyStore Open(string directory, PolicyStoreOptions? options = null, ILogger<PolicyStore>? logger = null, TimeProvider? time = null)
    {
        var clock = time ?? TimeProvider.System;
        var log = (ILogger?)logger ?? NullLogger.Instance;
        options ??= new PolicyStoreOptions();
        var snapshot = PolicyLoader.Load(directory, clock, options.DemoCallersFile);
        LogLoaded(log, snapshot.Version, snapshot.Policies.Rules.Count, snapshot.Callers.Callers.Count, snapshot.Directory);
        return new PolicyStore(directory, snapshot, options, log, clock);
    }

    /// <summary>Loads the directory again; keeps the current snapshot if it is invalid. Called by the watcher; callable directly.</summary>
    public PolicyReloadedEventArgs Reload()
    {
        PolicyReloadedEventArgs outcome;
        lock (_reloadLock)
        {
            var previous = Current;
            PolicyLoadResult result;
            try
            {
                result = PolicyLoader.TryLoad(_directory, _time, _demoCallersFile);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file mid-write or locked by an editor: the next change event brings another attempt.
                result = new PolicyLoadResult(null, [new Yaml.PolicyError(new Yaml.SourceLocation(_directory, 1, 1), $"could not read the policy directory: {ex.Message}")]);
            }
            if (result.Succeeded)
            {
                // The manifest in force binds the reload too: deleting a rule file together with its manifest entry
                // (or the whole manifest), or lowering a floor in the same edit as the rule, is refused; dropping a
                // required rule or lowering its floor takes a deliberate restart. Every floor seen since start stays,
                // so a floor lowered by one edit cannot let the next edit weaken the rule.
                var weakened = new List<Yaml.PolicyError>();
                PolicyManifest.Check(previous.Required, result.Snapshot.Policies, weakened);
                result = weakened.Count > 0
                    ? new PolicyLoadResult(null, weakened)
                    : result with { Snapshot = result.Snapshot with { Required = [.. previous.Required.UnionBy(result.Snapshot.Required, r => (r.Id, r.FloorText))] } };
            }
            if (result.Succeeded)
            {
                var changed = result.Snapshot.Version != previous.Version;
                if (changed)
                {
                    Volatile.Write(ref _current, result.Snapshot);
                    LogReloaded(_logger, previous.Version, result.Snapshot.Version, result.Snapshot.Policies.Rules.Count);
                }
                outcome = new PolicyReloadedEventArgs(changed ? result.Snapshot : previous, changed, []);
            }
            else
            {
                LogRejected(_logger, previous.Version, result.Errors.Count, string.Join(Environment.NewLine, result.Errors));
                outcome = new PolicyReloadedEventArgs(previous, false, result.Errors);
            }
        }
        Reloaded?.Invoke(this, outcome);
        return outcome;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e)
    {
        var renamedFrom = (e as RenamedEventArgs)?.OldFullPath;
        if (PolicyLoader.IsPolicyFile(e.FullPath) || (renamedFrom is not null && PolicyLoader.IsPolicyFile(renamedFrom))
            || IsAtomicSwap(e.FullPath) || (renamedFrom is not null && IsAtomicSwap(renamedFrom)))
        {
            ScheduleReload();
        }
    }

    /// <summary>
    /// A Kubernetes ConfigMap or Secret volume changes no *.yaml file in place: each file is a symlink through
    /// <c>..data</c>, and an update renames a new <c>..data_tmp</c> symlink over <c>..data</c>. Those names are the
    /// only event an updated ConfigMap produces, so they must trigger a reload too.
    /// </summary>
    private static bool IsAtomicSwap(string path) => Path.GetFileName(path).StartsWith("..data", StringComparison.Ordinal);

    private void ScheduleReload() => _debounce?.Change(_debounceDelay, Timeout.InfiniteTimeSpan);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Loaded policy version {Version}: {RuleCount} rules, {CallerCount} callers from {Directory}")]
    private static partial void LogLoaded(ILogger logger, string version, int ruleCount, int callerCount, string directory);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Policy reloaded: version {PreviousVersion} -> {Version}, {RuleCount} rules")]
    private static partial void LogReloaded(ILogger logger, string previousVersion, string version, int ruleCount);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Policy edit rejected; version {Version} stays in force. {ErrorCount} errors:\n{Errors}")]
    private static partial void LogRejected(ILogger logger, string version, int errorCount, string errors);
}
