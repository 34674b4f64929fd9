namespace PolicyGateway.Configuration;

public enum UpstreamAuthMode
{
    /// <summary>Send the configured key as <c>api-key</c>.</summary>
    ApiKey,

    /// <summary>Send a bearer token from Azure.Identity's DefaultAzureCredential.</summary>
    EntraId,
}
