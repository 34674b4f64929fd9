namespace PolicyGateway.Emulator;

/// <summary>
/// Bounded, thread-safe log of received requests, so tests can assert what actually reached the upstream.
/// </summary>
public sealed class RequestRecorder
{
    // Bodies can be large uploads; besides the count, the log never holds more than this many body bytes.
    private const long MaxBodyBytes = 256L * 1024 * 1024;

    private readonly EmulatorOptions _options;
    private readonly Queue<RecordedRequest> _requests = new();
    private readonly List<RecorderWaiter> _waiters = [];
    private readonly Lock _gate = new();
    private long _bodyBytes;

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
            _bodyBytes = 0;
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
            _bodyBytes += request.Body.Length;
            var capacity = Math.Max(0, _options.RecordCapacity);
            while (_requests.Count > capacity || (_bodyBytes > MaxBodyBytes && _requests.Count > 1))
            {
                _bodyBytes -= _requests.Dequeue().Body.Length;
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
