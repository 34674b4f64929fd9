using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyGateway.Tests.Telemetry;

/// <summary>A parsed Prometheus text exposition: the value of a series by metric name and labels.</summary>
internal sealed partial class PrometheusScrape(string text)
{
    public string Text { get; } = text;

    /// <summary>Whether <paramref name="metric"/> has at least one series (a value line, not only its # HELP and # TYPE).</summary>
    public bool Has(string metric) =>
        Text.Split('\n').Any(line => Series().Match(line.TrimEnd('\r')) is { Success: true } match && match.Groups["name"].Value == metric);

    /// <summary>The sum of every series of <paramref name="metric"/> whose labels include all of <paramref name="labels"/>.</summary>
    public double Sum(string metric, params (string Name, string Value)[] labels)
    {
        var total = 0.0;
        foreach (var line in Text.Split('\n'))
        {
            var match = Series().Match(line.TrimEnd('\r'));
            if (!match.Success || match.Groups["name"].Value != metric)
            {
                continue;
            }
            var found = Label().Matches(match.Groups["labels"].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            if (labels.All(l => found.TryGetValue(l.Name, out var value) && value == l.Value))
            {
                total += double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }
        return total;
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>[^ ]+)( \d+)?$")]
    private static partial Regex Series();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Label();
}
