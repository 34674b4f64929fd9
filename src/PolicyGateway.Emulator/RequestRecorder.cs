namespace PolicyGateway.Emulator;

/// <summary>
/// Bounded, thread-safe log of received requests, so tests can assert what actually reached the upstream.
/// </summary>
public sealed class RequestRecorder
{
    private readonly EmulatorOptions _options;
    private readonly Queue<RecordedRequest> _requests = new();
    private readonly List<RecorderWaiter> _waiters = [];
    private readonly Lock _gate = new();

    internal RequestRecorder(EmulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _requests];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
        }
    }

    /// <summary>Returns the first recorded request (already present or arriving later) that matches, or throws <see cref="TimeoutException"/>.</summary>
    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> predicate, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        RecorderWaiter waiter;
        lock (_gate)
        {
            foreach (var request in _requests)
            {
                if (predicate(request))
                {
                    return request;
                }
            }

            waiter = new RecorderWaiter(predicate);
            _waiters.Add(waiter);
        }

        try
        {
            return await waiter.Completion.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No matching request was recorded within {timeout}.");
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    internal void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Enqueue(request);
            var capacity = Math.Max(0, _options.RecordCapacity);
            while (_requests.Count > capacity)
            {
                _requests.Dequeue();
            }

            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].TryComplete(request))
                {
                    _waiters.RemoveAt(i);
                }
            }
        }
    }
}
