namespace PolicyGateway.Cli;

/// <summary>
/// The verbs of the gateway's executable: <c>check</c>, <c>test-policies</c> and <c>validate</c> run offline (no
/// server, no upstream) against a policy directory, defaulting to the nearest <c>policies/</c>; <c>smoke</c> drives a
/// running gateway over HTTP.
/// </summary>
public static class PolicyCli
{
    private const string Verbs = """
        policy commands:
          validate [DIR]                       check policies, callers and policy tests; errors as file:line: message
          test-policies [DIR] [-v]             run DIR/tests/*.yaml; ends with "N passed, N failed"
          check --cases FILE [--policies DIR]  decide JSON Lines requests offline; one JSON line per request
          check --caller ID --path P --body F  decide one request
          what-if --policies DIR [--since 7d]  re-evaluate recorded decisions under a candidate policy set; flips per rule
          audit verify                         verify every decision chain in the configured store; names the first altered, removed or inserted record
          smoke --gateway URL --suite FILE...  send a smoke suite through a running gateway; ends with "N passed, N failed"
          probe URL                            GET URL, exit 0 on 2xx (the container health check)
        """;

    /// <summary>Runs a policy verb, or returns null when <paramref name="args"/> does not start with one (start the server then).</summary>
    /// <returns>The process exit code: 0 success, 1 invalid policies or failed tests, 2 unusable input.</returns>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            return null;
        }
        var rest = args[1..];
        return args[0] switch
        {
            "check" => await CheckCommand.RunAsync(rest, stdout, stderr),
            "test-policies" => TestPoliciesCommand.Run(rest, stdout, stderr),
            "validate" => ValidateCommand.Run(rest, stdout, stderr),
            "audit" => await Recording.Audit.AuditCommand.RunAsync(rest, stdout, stderr),
            "what-if" => await Recording.WhatIf.WhatIfCommand.RunAsync(rest, stdout, stderr),
            "smoke" => await Smoke.SmokeCommand.RunAsync(rest, stdout, stderr),
            "probe" => await ProbeCommand.RunAsync(rest, stdout, stderr),
            _ => null,
        };
    }

    internal static int Usage(TextWriter stderr, string error, string? usage = null)
    {
        stderr.WriteLine($"error: {error}");
        stderr.WriteLine(usage ?? Verbs);
        return ExitCodes.BadInput;
    }
}
