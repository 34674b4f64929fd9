using System.Threading.Channels;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Recording;

/// <summary>A live view of newly stored decisions (the admin SSE stream); disposing it unsubscribes.</summary>
public sealed class DecisionSubscription(Channel<DecisionRecord> channel, Action<DecisionSubscription> unsubscribe) : IDisposable
{
    public ChannelReader<DecisionRecord> Reader => channel.Reader;

    internal bool TryWrite(DecisionRecord record) => channel.Writer.TryWrite(record);

    public void Dispose()
    {
        unsubscribe(this);
        channel.Writer.TryComplete();
    }
}
