namespace PolicyGateway.Recording;

/// <summary>
/// The recording options as the gateway would read them (appsettings beside the binary, environment, then
/// <c>--Gateway:Recording:…</c> arguments), for the offline verbs that open the store without starting a server.
/// </summary>
public static class RecordingConfiguration
{
    /// <returns>The validated options, or null after printing what is wrong.</returns>
    public static RecordingOptions? Load(string[] args, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.Where(a => a.StartsWith("--Gateway:", StringComparison.OrdinalIgnoreCase)).ToArray())
            .Build();
        var options = new RecordingOptions();
        configuration.GetSection(RecordingOptions.SectionName).Bind(options);
        var validation = new RecordingOptionsValidator().Validate(options);
        if (!validation.IsValid)
        {
            stderr.WriteLine(string.Join(Environment.NewLine, validation.Errors.Select(e => "error: " + e.ErrorMessage)));
            return null;
        }
        if (string.IsNullOrWhiteSpace(options.ConnectionString) && !File.Exists(options.ResolvedSqlitePath))
        {
            stderr.WriteLine($"error: no decision store at {options.ResolvedSqlitePath} (set Gateway:Recording:SqlitePath or ConnectionString)");
            return null;
        }
        return options;
    }
}
