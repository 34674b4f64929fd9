using System.Globalization;
using PolicyGateway.Cli;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Recording.WhatIf;

/// <summary><c>what-if --policies DIR [--since 7d] [--samples N]</c>: the candidate pack replayed over the recorded decisions.</summary>
public static class WhatIfCommand
{
    public const string Usage = "usage: what-if --policies DIR [--since 7d|24h|30m] [--samples N] [--Gateway:Recording:…=…]";

    /// <returns>0 report printed, 1 invalid candidate policies, 2 unusable input or store.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        string? policies = null, since = null, samples = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--policies" when i + 1 < args.Length: policies = args[++i]; break;
                case "--since" when i + 1 < args.Length: since = args[++i]; break;
                case "--samples" when i + 1 < args.Length: samples = args[++i]; break;
                case var a when a.StartsWith("--Gateway:", StringComparison.OrdinalIgnoreCase): break;
                default:
                    await stderr.WriteLineAsync($"error: unexpected argument '{args[i]}'{Environment.NewLine}{Usage}");
                    return ExitCodes.BadInput;
            }
        }
        if (policies is null)
        {
            await stderr.WriteLineAsync("error: --policies DIR is required" + Environment.NewLine + Usage);
            return ExitCodes.BadInput;
        }
        var sampleSize = 5;
        if (samples is not null && (!int.TryParse(samples, NumberStyles.None, CultureInfo.InvariantCulture, out sampleSize) || sampleSize > 100))
        {
            await stderr.WriteLineAsync("error: --samples must be a whole number up to 100");
            return ExitCodes.BadInput;
        }
        DateTimeOffset? from = null;
        if (since is not null)
        {
            if (ParseSpan(since) is not { } span)
            {
                await stderr.WriteLineAsync($"error: --since '{since}' must be a number followed by d, h or m, e.g. 7d");
                return ExitCodes.BadInput;
            }
            from = (time ?? TimeProvider.System).GetUtcNow() - span;
        }
        if (PolicyDirectory.Load(Path.GetFullPath(policies), stderr) is not { } candidate)
        {
            return 1;
        }
        if (RecordingConfiguration.Load(args, stderr) is not { } options)
        {
            return ExitCodes.BadInput;
        }
        await using var store = DecisionStoreFactory.Create(options);
        var report = await WhatIfReplayer.RunAsync(store, candidate.Policies, from, sampleSize, CancellationToken.None);
        await stdout.WriteLineAsync($"what-if: candidate {candidate.Directory} (version {candidate.Version}) over {store.Description}" +
                                    (from is { } f ? $" since {f:yyyy-MM-dd HH:mm}Z" : ""));
        await stdout.WriteAsync(report.ToString());
        return 0;
    }

    /// <summary><c>7d</c>, <c>24h</c>, <c>30m</c>; null when not of that form.</summary>
    internal static TimeSpan? ParseSpan(string value)
    {
        if (value.Length < 2 || !int.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
        return value[^1] switch
        {
            'd' => TimeSpan.FromDays(n),
            'h' => TimeSpan.FromHours(n),
            'm' => TimeSpan.FromMinutes(n),
            _ => null,
        };
    }
}
