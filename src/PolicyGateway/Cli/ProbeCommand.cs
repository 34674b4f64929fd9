namespace PolicyGateway.Cli;

/// <summary>
/// <c>probe URL</c>: GET the URL, exit 0 on 2xx and 1 otherwise. The container health check: the ASP.NET runtime image
/// has no curl or wget, and the gateway's own binary is always there.
/// </summary>
internal static class ProbeCommand
{
    private const string UsageText = "usage: probe URL [--timeout SECONDS]   GET URL; exit 0 on 2xx, 1 otherwise (e.g. probe http://127.0.0.1:8080/healthz)";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = CliArguments.Parse(args, ["--timeout"], ["--help", "-h"], out var error);
        if (parsed is null || parsed.Positionals.Count != 1 && !parsed.Flag("--help", "-h"))
        {
            return PolicyCli.Usage(stderr, error ?? "probe takes one URL", UsageText);
        }
        if (parsed.Flag("--help", "-h"))
        {
            await stdout.WriteLineAsync(UsageText);
            return ExitCodes.Success;
        }
        if (!Uri.TryCreate(parsed.Positionals[0], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return PolicyCli.Usage(stderr, $"'{parsed.Positionals[0]}' is not an http(s) URL", UsageText);
        }
        var seconds = double.TryParse(parsed.Option("--timeout") ?? "5", System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 ? value : 5;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(seconds) };
        try
        {
            using var response = await http.GetAsync(url);
            await stdout.WriteLineAsync($"{url} {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? ExitCodes.Success : ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await stderr.WriteLineAsync($"{url}: {ex.Message}");
            return ExitCodes.Failed;
        }
    }
}
