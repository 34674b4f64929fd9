using System.Diagnostics.Metrics;

namespace PolicyGateway.Tests.Infrastructure;

/// <summary>Meter factories as the host's container makes them, for components built by hand in tests.</summary>
public static class TestMeters
{
    /// <summary>For tests that do not read the instruments.</summary>
    public static IMeterFactory Shared { get; } = Create();

    /// <summary>A factory of one's own: its meters' <see cref="Meter.Scope"/> is the factory, so a listener can tell them apart.</summary>
    public static IMeterFactory Create() =>
        new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
}
