namespace PolicyGateway.Cli;

/// <summary>
/// The arguments after the verb: <c>--name value</c> options, <c>--flag</c> switches and positionals.
/// Hand-parsed: three verbs with a few options each do not justify a parsing library in the server's binary.
/// </summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _repeated = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CliArguments()
    {
    }

    public List<string> Positionals { get; } = [];

    /// <summary>Parses <paramref name="args"/>; unknown options or missing values are returned as <paramref name="error"/>.</summary>
    public static CliArguments? Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> options, IReadOnlyCollection<string> flags, out string? error)
    {
        var parsed = new CliArguments();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) && arg is not "-v" and not "-h")
            {
                parsed.Positionals.Add(arg);
                continue;
            }
            var (name, inlineValue) = arg.IndexOf('=') is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            if (flags.Contains(name) && inlineValue is null)
            {
                parsed._flags.Add(name);
            }
            else if (options.Contains(name))
            {
                var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
                if (value is null)
                {
                    error = $"option {name} needs a value";
                    return null;
                }
                parsed._options[name] = value;
                if (!parsed._repeated.TryGetValue(name, out var values))
                {
                    parsed._repeated[name] = values = [];
                }
                values.Add(value);
            }
            else
            {
                error = $"unknown option '{name}'";
                return null;
            }
        }
        return parsed;
    }

    /// <summary>The option's value; the last one when it was given more than once.</summary>
    public string? Option(string name) => _options.GetValueOrDefault(name);

    /// <summary>Every value of an option that may be repeated (<c>--suite a.yaml --suite b.yaml</c>), in order.</summary>
    public IReadOnlyList<string> Options(string name) => _repeated.TryGetValue(name, out var values) ? values : [];

    public bool Flag(params string[] names) => names.Any(_flags.Contains);
}
