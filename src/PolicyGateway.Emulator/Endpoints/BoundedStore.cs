namespace PolicyGateway.Emulator.Endpoints;

/// <summary>Objects kept by id for later retrieval, the oldest forgotten first so long benchmarks stay within memory.</summary>
internal sealed class BoundedStore<TValue>(int capacity)
    where TValue : class
{
    private readonly Dictionary<string, TValue> _items = [];
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();

    public void Set(string id, TValue value)
    {
        lock (_gate)
        {
            if (_items.TryAdd(id, value))
            {
                _order.Enqueue(id);
            }
            else
            {
                _items[id] = value;
            }

            while (_items.Count > capacity && _order.TryDequeue(out var oldest))
            {
                _items.Remove(oldest);
            }
        }
    }

    public TValue? Find(string id)
    {
        lock (_gate)
        {
            return _items.GetValueOrDefault(id);
        }
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            // The id stays in the eviction queue; removing a missing key later is harmless.
            return _items.Remove(id);
        }
    }

    public List<TValue> Values()
    {
        lock (_gate)
        {
            return [.. _items.Values];
        }
    }
}
