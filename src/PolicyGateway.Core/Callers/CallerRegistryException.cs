namespace PolicyGateway.Callers;

public sealed class CallerRegistryException(string message) : Exception(message);
