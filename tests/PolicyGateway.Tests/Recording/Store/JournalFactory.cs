using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PolicyGateway.Recording;
using PolicyGateway.Recording.Store;
using PolicyGateway.Tests.Infrastructure;

namespace PolicyGateway.Tests.Recording.Store;

public static class JournalFactory
{
    /// <param name="meters">Where the journal's and spool's gauges go; a test that reads them passes its own factory.</param>
    public static DecisionJournal Create(IDecisionStore store, string spoolPath, TimeProvider time, string instance = "gw-a", int batchSize = 256,
        IMeterFactory? meters = null, TimeSpan? batchWindow = null)
    {
        meters ??= TestMeters.Shared;
        return new(store, new DecisionSpool(spoolPath, meters), new DecisionFeed(),
            Options.Create(new RecordingOptions
            {
                Instance = instance, BatchSize = batchSize, QueueCapacity = 64, BatchWindow = batchWindow ?? new RecordingOptions().BatchWindow,
            }), time, meters,
            NullLogger<DecisionJournal>.Instance);
    }
}
