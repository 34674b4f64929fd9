using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace PolicyGateway.Tests.Infrastructure;

/// <summary>
/// Reads observable gauges created through one meter factory, the way an exporter does: on demand, by calling their
/// callbacks. Instruments of other factories (other tests' components) are ignored.
/// </summary>
public sealed class GaugeReader : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _last = new();

    public GaugeReader(IMeterFactory scope)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _last[instrument.Name] = value);
        _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => _last[instrument.Name] = value);
        _listener.Start();
    }

    /// <summary>The gauge's current value; fails if no such gauge was created through the factory.</summary>
    public long Read(string name)
    {
        _last.Clear();
        _listener.RecordObservableInstruments();
        return _last.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"no gauge {name} observed");
    }

    public void Dispose() => _listener.Dispose();
}
