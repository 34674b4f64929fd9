using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace PolicyGateway.Forwarding;

/// <summary>Active health probes hit an authenticated Azure OpenAI path, so they carry the upstream credential.</summary>
public sealed class CredentialProbingRequestFactory(IUpstreamCredential credential) : IProbingRequestFactory
{
    public HttpRequestMessage CreateRequest(ClusterModel cluster, DestinationModel destination)
    {
        var address = string.IsNullOrEmpty(destination.Config.Health) ? destination.Config.Address : destination.Config.Health;
        var path = cluster.Config.HealthCheck?.Active?.Path ?? "/";
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(address), path))
        {
            Version = cluster.Config.HttpRequest?.Version ?? System.Net.HttpVersion.Version11,
            VersionPolicy = cluster.Config.HttpRequest?.VersionPolicy ?? HttpVersionPolicy.RequestVersionOrLower,
        };
        // Token acquisition is cached, so blocking here is rare and bounded; the factory contract is synchronous.
        credential.GetHeaderAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult().ApplyTo(request);
        return request;
    }
}
