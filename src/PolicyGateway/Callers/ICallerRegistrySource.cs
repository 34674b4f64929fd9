namespace PolicyGateway.Callers;

/// <summary>The caller registry in force now; swapped atomically when <c>callers.yaml</c> changes.</summary>
public interface ICallerRegistrySource
{
    CallerRegistry Current { get; }
}
