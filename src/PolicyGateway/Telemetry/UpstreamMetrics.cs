using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PolicyGateway.Telemetry;

/// <summary>
/// Forwarded calls by upstream destination, under the meter <c>PolicyGateway.Upstream</c>: latency and status per
/// YARP destination, so a failing or slow Azure region shows up on its own line.
/// </summary>
public sealed class UpstreamMetrics
{
    public const string MeterName = "PolicyGateway.Upstream";

    public const string DestinationTag = "policygateway.upstream.destination";
    public const string AddressTag = "server.address";
    public const string StatusTag = "http.response.status_code";
    public const string ErrorTag = "error.type";

    private readonly Histogram<double> _duration;

    public UpstreamMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _duration = meter.CreateHistogram(
            "policygateway.upstream.duration", "s", "Time from handing a request to YARP until the upstream's response headers were relayed, by destination and status.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600] });
    }

    public void Record(string destination, string address, int status, string? error, TimeSpan elapsed)
    {
        if (!_duration.Enabled)
        {
            return;
        }
        var tags = new TagList
        {
            { DestinationTag, destination },
            { AddressTag, address },
            { StatusTag, status },
        };
        if (error is not null)
        {
            tags.Add(ErrorTag, error);
        }
        _duration.Record(elapsed.TotalSeconds, tags);
    }
}
