using System.Globalization;
using System.Xml.Linq;

namespace PolicyGateway.Smoke;

/// <summary>
/// JUnit XML as CI systems read it (GitHub test reporters, GitLab, Jenkins, Azure Pipelines): one
/// <c>testsuite</c> per suite file, one <c>testcase</c> per case, a <c>failure</c> with the decision id and reason.
/// </summary>
public static class JUnitReport
{
    public static XDocument Build(IReadOnlyList<(SmokeSuite Suite, IReadOnlyList<SmokeResult> Results)> suites, string gateway, DateTimeOffset started)
    {
        ArgumentNullException.ThrowIfNull(suites);
        ArgumentNullException.ThrowIfNull(gateway);
        var all = suites.SelectMany(s => s.Results).ToList();
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("testsuites",
                new XAttribute("name", "PolicyGateway smoke"),
                new XAttribute("tests", all.Count),
                new XAttribute("failures", all.Count(r => !r.Passed)),
                new XAttribute("errors", 0),
                new XAttribute("time", Seconds(all.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Elapsed))),
                suites.Select(s => Suite(s.Suite, s.Results, gateway, started))));
    }

    private static XElement Suite(SmokeSuite suite, IReadOnlyList<SmokeResult> results, string gateway, DateTimeOffset started) =>
        new("testsuite",
            new XAttribute("name", suite.Name),
            new XAttribute("tests", results.Count),
            new XAttribute("failures", results.Count(r => !r.Passed)),
            new XAttribute("errors", 0),
            new XAttribute("skipped", 0),
            new XAttribute("timestamp", started.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)),
            new XAttribute("time", Seconds(results.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Elapsed))),
            new XAttribute("file", suite.File),
            new XElement("properties", new XElement("property", new XAttribute("name", "gateway"), new XAttribute("value", gateway))),
            results.Select(Case));

    private static XElement Case(SmokeResult result)
    {
        var element = new XElement("testcase",
            new XAttribute("name", result.Case.Name),
            new XAttribute("classname", result.Case.Suite),
            new XAttribute("file", result.Case.Origin),
            new XAttribute("time", Seconds(result.Elapsed)));
        if (!result.Passed)
        {
            element.Add(new XElement("failure",
                new XAttribute("message", result.Problem!),
                new XAttribute("type", "SmokeFailure"),
                string.Join('\n', SmokeOutput.Details(result))));
        }
        return element;
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
