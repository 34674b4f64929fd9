using PolicyGateway.Policy;

namespace PolicyGateway.Tests.Infrastructure;

/// <summary>Waits for the policy store's reload event instead of sleeping and hoping the watcher has fired.</summary>
public static class PolicyReloads
{
    /// <summary>
    /// Starts listening before <paramref name="edit"/> runs and returns the first reload that matches
    /// <paramref name="wanted"/>; fails after 30 s, an upper bound only (a reload comes within milliseconds, but the
    /// watcher's debounce timer waits for a thread-pool thread, which a loaded two-core CI machine can hold up).
    /// </summary>
    public static async Task<PolicyReloadedEventArgs> AfterAsync(PolicyStore store, Func<Task> edit, Func<PolicyReloadedEventArgs, bool> wanted)
    {
        var seen = new TaskCompletionSource<PolicyReloadedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnReloaded(object? sender, PolicyReloadedEventArgs e)
        {
            if (wanted(e)) seen.TrySetResult(e);
        }
        store.Reloaded += OnReloaded;
        try
        {
            await edit();
            return await seen.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            store.Reloaded -= OnReloaded;
        }
    }

    public static Task<PolicyReloadedEventArgs> RejectedAfterAsync(PolicyStore store, Func<Task> edit) => AfterAsync(store, edit, e => !e.Succeeded);

    public static Task<PolicyReloadedEventArgs> ChangedAfterAsync(PolicyStore store, Func<Task> edit) => AfterAsync(store, edit, e => e.Changed);
}
