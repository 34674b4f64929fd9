using PolicyGateway.Content;
using PolicyGateway.Decisions;

namespace PolicyGateway.Cli;

/// <summary>
/// <c>check --cases FILE</c> or <c>check --caller ID --path P [--body FILE]</c>: decides requests offline, with the
/// real content reader and classifier and no upstream, one JSON line per request on stdout.
/// </summary>
internal static class CheckCommand
{
    private const string UsageText = """
        usage: check --cases FILE [--policies DIR]
               check --caller ID --path PATH [--body FILE] [--content-type TYPE] [--method POST] [--id ID] [--policies DIR]
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = CliArguments.Parse(args, ["--cases", "--caller", "--path", "--body", "--content-type", "--method", "--id", "--policies"], ["--help", "-h"], out var error);
        if (parsed is null || parsed.Positionals.Count > 0)
        {
            return PolicyCli.Usage(stderr, error ?? $"unexpected argument '{parsed!.Positionals[0]}'", UsageText);
        }
        if (parsed.Flag("--help", "-h"))
        {
            stdout.WriteLine(UsageText);
            return ExitCodes.Success;
        }
        var (cases, inputErrors) = await ReadCasesAsync(parsed);
        if (PolicyDirectory.Load(PolicyDirectory.Resolve(parsed.Option("--policies")), stderr) is not { } snapshot)
        {
            return ExitCodes.Failed;
        }
        inputErrors.AddRange(cases
            .Where(c => snapshot.Callers.FindById(c.CallerId) is null)
            .Select(c => $"{c.Origin}: case '{c.Id}': unknown caller '{c.CallerId}'; callers: {string.Join(", ", snapshot.Callers.Callers.Select(x => x.Id))}"));
        if (inputErrors.Count > 0)
        {
            // Nothing is decided when the input is bad, so partial output is never mistaken for a full run.
            foreach (var inputError in inputErrors)
            {
                stderr.WriteLine($"error: {inputError}");
            }
            return ExitCodes.BadInput;
        }

        var engine = CliEngine.Create(snapshot);
        foreach (var c in cases)
        {
            var request = new DecisionRequest(snapshot.Callers.FindById(c.CallerId)!, c.Method, c.Path, c.ContentType, c.Body);
            string line;
            try
            {
                line = CheckOutput.Decided(c.Id, engine.Decide(request));
            }
            catch (ContentParseException ex)
            {
                line = CheckOutput.Rejected(c.Id, ex);
            }
            await stdout.WriteLineAsync(line);
        }
        return ExitCodes.Success;
    }

    private static async Task<(List<CheckCase> Cases, List<string> Errors)> ReadCasesAsync(CliArguments parsed)
    {
        if (parsed.Option("--cases") is { } file)
        {
            if (parsed.Option("--caller") is not null || parsed.Option("--path") is not null || parsed.Option("--body") is not null)
            {
                return ([], ["give either --cases or --caller/--path/--body, not both"]);
            }
            if (!File.Exists(file))
            {
                return ([], [$"{file}: file not found"]);
            }
            return CheckCasesReader.Read(file, await File.ReadAllTextAsync(file));
        }
        if (parsed.Option("--caller") is not { } caller || parsed.Option("--path") is not { } path)
        {
            return ([], ["give --cases FILE, or --caller ID and --path PATH (and usually --body FILE)"]);
        }
        ReadOnlyMemory<byte> body = default;
        if (parsed.Option("--body") is { } bodyFile)
        {
            if (!File.Exists(bodyFile))
            {
                return ([], [$"{bodyFile}: file not found"]);
            }
            body = await File.ReadAllBytesAsync(bodyFile);
        }
        var contentType = parsed.Option("--content-type") ?? (body.IsEmpty ? null : "application/json");
        return ([new CheckCase("--caller", parsed.Option("--id") ?? "request", caller, parsed.Option("--method") ?? "POST", path, contentType, body)], []);
    }
}
