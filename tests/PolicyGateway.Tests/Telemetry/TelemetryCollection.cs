namespace PolicyGateway.Tests.Telemetry;

/// <summary>
/// Meters and activity sources are process-wide: while these tests count, no other test's gateway may be deciding.
/// xUnit runs a collection with parallelisation disabled on its own, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "telemetry (alone)";
}
