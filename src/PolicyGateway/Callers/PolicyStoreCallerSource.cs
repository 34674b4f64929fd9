using PolicyGateway.Policy;

namespace PolicyGateway.Callers;

/// <summary>Callers come from the same policy snapshot as the rules, so a reload changes both at once.</summary>
public sealed class PolicyStoreCallerSource(PolicyStore store) : ICallerRegistrySource
{
    public CallerRegistry Current => store.Current.Callers;
}
