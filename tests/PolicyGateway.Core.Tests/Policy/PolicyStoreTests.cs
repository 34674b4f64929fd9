using PolicyGateway.Policy;

namespace PolicyGateway.Core.Tests.Policy;

[Collection(FileWatcherCollection.Name)]
public sealed class PolicyStoreTests
{
    private const string ShadowRule = """
        rules:
          - { id: extra, title: t, source: { document: d, quote: q }, effect: deny, mode: shadow, message: m,
              when: { field: caller.country, equals: JP } }
        """;

    [Fact]
    public void Open_refuses_an_invalid_directory()
    {
        using var dir = new TempPolicyDirectory(withShippedRules: true);
        dir.CopyFixture("unknown-label.yaml");
        var ex = Assert.Throws<PolicyLoadException>(() => PolicyStore.Open(dir.Path, new PolicyStoreOptions { Watch = false }));
        Assert.Contains("unknown-label.yaml:11:", ex.Message);
    }

    [Fact]
    public void Invalid_edit_is_rejected_and_the_last_good_snapshot_stays()
    {
        using var dir = new TempPolicyDirectory(withShippedRules: true);
        using var store = PolicyStore.Open(dir.Path, new PolicyStoreOptions { Watch = false });
        var good = store.Current;

        dir.CopyFixture("bad-country.yaml");
        var outcome = store.Reload();

        Assert.False(outcome.Succeeded);
        Assert.False(outcome.Changed);
        Assert.Contains(outcome.Errors, e => e.Location.File.EndsWith("bad-country.yaml") && e.Location.Line == 10);
        Assert.Same(good, store.Current);
        Assert.Same(good, outcome.Current);
    }

    [Fact]
    public void Valid_edit_swaps_the_snapshot_and_changes_the_version()
    {
        using var dir = new TempPolicyDirectory(withShippedRules: true);
        using var store = PolicyStore.Open(dir.Path, new PolicyStoreOptions { Watch = false });
        var before = store.Current;

        dir.Write("extra.yaml", ShadowRule);
        var outcome = store.Reload();

        Assert.True(outcome.Succeeded);
        Assert.True(outcome.Changed);
        Assert.NotEqual(before.Version, store.Current.Version);
        Assert.NotNull(store.Current.Policies.Find("extra"));
    }

    [Fact]
    public void Reload_without_changes_keeps_the_same_snapshot()
    {
        using var dir = new TempPolicyDirectory(withShippedRules: true);
        using var store = PolicyStore.Open(dir.Path, new PolicyStoreOptions { Watch = false });
        var before = store.Current;
        var outcome = store.Reload();
        Assert.True(outcome.Succeeded);
        Assert.False(outcome.Changed);
        Assert.Same(before, store.Current);
    }

    [Fact]
    public void Version_is_a_content_hash()
    {
        using var a = new TempPolicyDirectory(withShippedRules: true);
        using var b = new TempPolicyDirectory(withShippedRules: true);
        Assert.Equal(PolicyLoader.Load(a.Path).Version, PolicyLoader.Load(b.Path).Version);
        Assert.Equal(PolicyLoader.Load(a.Path).Version, PolicyLoader.Load(RepositoryPaths.Policies).Version);
    }

    [Fact]
    public async Task Watcher_reloads_after_a_change_and_reports_rejected_edits()
    {
        using var dir = new TempPolicyDirectory(withShippedRules: true);
        using var store = PolicyStore.Open(dir.Path, new PolicyStoreOptions { Debounce = TimeSpan.FromMilliseconds(50) });
        var changed = new TaskCompletionSource<PolicyReloadedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        var rejected = new TaskCompletionSource<PolicyReloadedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Reloaded += (_, e) =>
        {
            if (e.Changed) changed.TrySetResult(e);

            // The watcher may read a file half-written (a transient rejection of its own); wait for the rejection of the edit.
            if (!e.Succeeded && e.Errors.Any(error => error.Message.Contains("'Japan'"))) rejected.TrySetResult(e);
        };

        dir.Write("extra.yaml", ShadowRule);
        var swap = await changed.Task.WaitAsync(FileWatcherCollection.ReloadBound);
        Assert.NotNull(swap.Current.Policies.Find("extra"));
        Assert.Same(swap.Current, store.Current);

        dir.Write("extra.yaml", ShadowRule.Replace("equals: JP", "equals: Japan"));
        var refusal = await rejected.Task.WaitAsync(FileWatcherCollection.ReloadBound);
        Assert.False(refusal.Succeeded);
        Assert.Same(swap.Current, store.Current);
    }

    [Fact]
    public async Task Watcher_reloads_a_kubernetes_configmap_volume_updated_by_its_atomic_symlink_swap()
    {
        // The layout the kubelet's AtomicWriter makes: the files live in a timestamped directory, ..data points at it,
        // and each visible file is a symlink through ..data. An update writes a new directory and renames a new
        // ..data_tmp symlink over ..data; no *.yaml name changes.
        using var dir = new TempPolicyDirectory();
        var shipped = Directory.EnumerateFiles(RepositoryPaths.Policies, "*.yaml").ToList();
        var first = Directory.CreateDirectory(System.IO.Path.Combine(dir.Path, "..2026_01_01_00_00_00.1")).FullName;
        foreach (var file in shipped)
        {
            File.Copy(file, System.IO.Path.Combine(first, System.IO.Path.GetFileName(file)));
            File.Delete(System.IO.Path.Combine(dir.Path, System.IO.Path.GetFileName(file)));
            File.CreateSymbolicLink(System.IO.Path.Combine(dir.Path, System.IO.Path.GetFileName(file)), System.IO.Path.Combine("..data", System.IO.Path.GetFileName(file)));
        }
        File.CreateSymbolicLink(System.IO.Path.Combine(dir.Path, "..data"), System.IO.Path.GetFileName(first));
        using var store = PolicyStore.Open(dir.Path, new PolicyStoreOptions { Debounce = TimeSpan.FromMilliseconds(50) });
        var before = store.Current.Version;
        var changed = new TaskCompletionSource<PolicyReloadedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Reloaded += (_, e) =>
        {
            if (e.Changed) changed.TrySetResult(e);
        };

        var second = Directory.CreateDirectory(System.IO.Path.Combine(dir.Path, "..2026_01_01_00_01_00.2")).FullName;
        foreach (var file in shipped)
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(System.IO.Path.Combine(second, System.IO.Path.GetFileName(file)),
                System.IO.Path.GetFileName(file) == "identification.yaml" ? text.Replace("at_least: 0.5", "at_least: 0.6", StringComparison.Ordinal) : text);
        }
        File.CreateSymbolicLink(System.IO.Path.Combine(dir.Path, "..data_tmp"), System.IO.Path.GetFileName(second));
        // rename(2), as the kubelet does: File.Move refuses a symlink to a directory, Directory.Move an existing target.
        Assert.Equal(0, Rename(System.IO.Path.Combine(dir.Path, "..data_tmp"), System.IO.Path.Combine(dir.Path, "..data")));

        // Generous: on a loaded 2-core CI machine the inotify event and the debounced reload have been seen to take over 10 s.
        var reload = await changed.Task.WaitAsync(FileWatcherCollection.ReloadBound);
        Assert.NotEqual(before, reload.Current.Version);
        Assert.Same(reload.Current, store.Current);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int Rename(string oldPath, string newPath);
}
