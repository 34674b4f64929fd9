namespace PolicyGateway.Emulator;

/// <summary>A pending <see cref="RequestRecorder.WaitForAsync"/> call.</summary>
internal sealed class RecorderWaiter(Func<RecordedRequest, bool> predicate)
{
    private readonly TaskCompletionSource<RecordedRequest> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<RecordedRequest> Completion => _completion.Task;

    public bool TryComplete(RecordedRequest request)
    {
        bool matches;
        try
        {
            matches = predicate(request);
        }
        catch (Exception ex)
        {
            // A throwing predicate must fail its own waiter, not the request being recorded.
            return _completion.TrySetException(ex);
        }

        return matches && _completion.TrySetResult(request);
    }
}
