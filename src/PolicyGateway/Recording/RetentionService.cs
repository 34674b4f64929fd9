using Microsoft.Extensions.Options;

namespace PolicyGateway.Recording;

/// <summary>Purges records older than <see cref="RecordingOptions.Retention"/> on a timer; does nothing when retention is zero.</summary>
public sealed partial class RetentionService(DecisionJournal journal, IOptions<RecordingOptions> options, TimeProvider time, ILogger<RetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Retention <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(settings.RetentionInterval, time);
        do
        {
            try
            {
                await journal.PurgeAsync(time.GetUtcNow() - settings.Retention, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPurgeFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 9010, Level = LogLevel.Warning, Message = "Retention purge failed; it will be tried again")]
    private partial void LogPurgeFailed(Exception exception);
}
