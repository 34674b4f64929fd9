using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using OpenAI;

namespace PolicyGateway.Tests.Infrastructure;

/// <summary>The real SDKs, configured exactly as a user would: only the endpoint changes.</summary>
public static class SdkClients
{
    public const string ChatDeployment = "gpt-4o";

    public static AzureOpenAIClient Azure(Uri gateway, string key) =>
        new(gateway, new ApiKeyCredential(key), new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries: 0) });

    public static OpenAIClient OpenAIV1(Uri gateway, string key) =>
        new(new ApiKeyCredential(key), new OpenAIClientOptions
        {
            Endpoint = new Uri(gateway, "openai/v1"),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        });
}
