using System.Security.Cryptography;
using PolicyGateway.Callers;

namespace PolicyGateway.Recording;

/// <summary>What the record keeps about the request besides the decision: who sent it from where, and a hash of its body.</summary>
public sealed record RequestFacts(
    Caller Caller,
    string? ClientAddress,
    string? UserAgent,
    string? BodySha256,
    string? SessionId = null,
    int? UpstreamStatus = null,
    double? UpstreamLatencyMs = null)
{
    private const int MaxUserAgentChars = 256;

    public static RequestFacts From(HttpContext context, Caller caller, ReadOnlySpan<byte> body, bool hasBody)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(caller);
        var userAgent = context.Request.Headers.UserAgent.ToString();
        return new RequestFacts(
            caller,
            context.Connection.RemoteIpAddress?.ToString(),
            userAgent.Length == 0 ? null : userAgent[..Math.Min(userAgent.Length, MaxUserAgentChars)],
            hasBody ? Sha256(body) : null);
    }

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
