using System.Text;

namespace PolicyGateway.Tests.Infrastructure;

public static class JsonRequests
{
    public static HttpRequestMessage Post(string path, string json, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null) request.Headers.Add("api-key", key);
        return request;
    }
}
