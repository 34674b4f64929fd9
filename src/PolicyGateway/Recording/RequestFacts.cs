using System.Security.Cryptography;
using System.Text;
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
    double? UpstreamLatencyMs = null,
    string? CapturedBody = null)
{
    private const int MaxUserAgentChars = 256;

    /// <param name="captureBody">Full capture (<see cref="RecordingOptions.FullCapture"/>): keep the body itself as text.</param>
    public static RequestFacts From(HttpContext context, Caller caller, ReadOnlySpan<byte> body, bool hasBody, bool captureBody = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(caller);
        var userAgent = context.Request.Headers.UserAgent.ToString();
        return new RequestFacts(
            caller,
            context.Connection.RemoteIpAddress?.ToString(),
            userAgent.Length == 0 ? null : userAgent[..Math.Min(userAgent.Length, MaxUserAgentChars)],
            hasBody ? Sha256(body) : null,
            CapturedBody: captureBody && hasBody ? Text(body) : null);
    }

    /// <summary>The body as UTF-8 text; bytes that are not text (a multipart image) become U+FFFD rather than failing the record.</summary>
    public static string Text(ReadOnlySpan<byte> body) => Encoding.UTF8.GetString(body);

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
