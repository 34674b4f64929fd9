using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PolicyGateway.Recording;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Tests.Recording.Store;

public static class JournalFactory
{
    public static DecisionJournal Create(IDecisionStore store, string spoolPath, TimeProvider time, string instance = "gw-a", int batchSize = 256) =>
        new(store, new DecisionSpool(spoolPath), new DecisionFeed(),
            Options.Create(new RecordingOptions { Instance = instance, BatchSize = batchSize, QueueCapacity = 64 }), time, NullLogger<DecisionJournal>.Instance);
}
