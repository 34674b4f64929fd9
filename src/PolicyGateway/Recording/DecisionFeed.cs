using System.Threading.Channels;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Recording;

/// <summary>
/// Fans newly stored records out to live viewers. A viewer that cannot keep up loses its oldest unseen items: this is
/// a view, the store keeps every record.
/// </summary>
public sealed class DecisionFeed
{
    private const int ViewerBuffer = 1024;
    private readonly Lock _lock = new();
    private DecisionSubscription[] _subscribers = [];

    public DecisionSubscription Subscribe()
    {
        var channel = Channel.CreateBounded<DecisionRecord>(new BoundedChannelOptions(ViewerBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        var subscription = new DecisionSubscription(channel, Unsubscribe);
        lock (_lock)
        {
            _subscribers = [.. _subscribers, subscription];
        }
        return subscription;
    }

    public void Publish(IReadOnlyList<DecisionRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var subscribers = Volatile.Read(ref _subscribers);
        foreach (var subscriber in subscribers)
        {
            foreach (var record in records.Where(r => r.Kind == RecordKind.Decision))
            {
                subscriber.TryWrite(record);
            }
        }
    }

    private void Unsubscribe(DecisionSubscription subscription)
    {
        lock (_lock)
        {
            _subscribers = _subscribers.Where(s => s != subscription).ToArray();
        }
    }
}
