namespace PolicyGateway.Tests.Infrastructure;

/// <summary>
/// Tests that start heavy external processes (a second gateway, a PostgreSQL server they stop and start): run alone,
/// after the parallel tests, so their CPU bursts do not push other tests' decisions past the decision budget.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExternalProcessCollection
{
    public const string Name = "External processes";
}
