namespace PolicyGateway.Hosting;

/// <summary>Configuration that must stop start-up; the message names each offending setting.</summary>
public sealed class GatewayConfigurationException(string message) : Exception(message);
