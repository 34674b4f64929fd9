using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using PolicyGateway.Blocking;
using PolicyGateway.Callers;

namespace PolicyGateway.Smoke;

/// <summary>
/// Sends each case through a running gateway over real HTTP, as an SDK would (the key in <c>api-key</c>, the body as
/// written), and judges the answer: allow = 2xx from the upstream; deny = 403 <c>policy_violation</c> naming the rule.
/// </summary>
public sealed class SmokeRunner(HttpClient http, string? adminKey = null)
{
    /// <summary>Where the admin API serves one decision in full (admin key as a bearer token); its shadow rules are read there.</summary>
    public const string AdminDecisionPath = "/admin/api/decisions/";

    /// <summary>How long a decision may take to appear in the store: allowed calls are recorded after their response.</summary>
    private const int RecordWaitAttempts = 20;
    private static readonly TimeSpan RecordWaitDelay = TimeSpan.FromMilliseconds(150);

    public async Task<SmokeResult> RunAsync(SmokeCase smokeCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(smokeCase);
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(new HttpMethod(smokeCase.Method), smokeCase.Path.TrimStart('/'));
        request.Headers.Add("api-key", smokeCase.Key);
        if (!smokeCase.Body.IsEmpty)
        {
            request.Content = new ReadOnlyMemoryContent(smokeCase.Body);
            if (smokeCase.ContentType is { } type)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            }
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new SmokeResult(smokeCase, null, null, $"no answer from the gateway: {ex.Message}", null, clock.Elapsed);
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            var decisionId = response.Headers.TryGetValues(GatewayHeaders.DecisionId, out var ids) ? ids.FirstOrDefault() : null;
            var success = response.IsSuccessStatusCode;
            // Allowed bodies are the model's answer: read only errors, which carry the gateway's reason.
            var (type, code, message) = success ? (null, null, null) : ReadError(await response.Content.ReadAsStringAsync(cancellationToken));
            var problem = Judge(smokeCase, status, type, code, decisionId);
            if (problem is null && smokeCase.Shadow is not null && adminKey is not null)
            {
                problem = await CheckShadowAsync(smokeCase.Shadow, decisionId, cancellationToken);
            }
            return new SmokeResult(smokeCase, status, decisionId, problem, message, clock.Elapsed);
        }
    }

    private static string? Judge(SmokeCase smokeCase, int status, string? type, string? code, string? decisionId)
    {
        var blocked = status == 403 && type == PolicyBlockResponse.ErrorType;
        var got = blocked ? $"denied by {code}" : status is >= 200 and < 300 ? $"allowed ({status})" : $"{status}{(code is null ? "" : " " + code)}";
        if (smokeCase.Expect == SmokeExpectation.Allow)
        {
            return status is >= 200 and < 300 ? null : $"expected allow, got {got}";
        }
        var wanted = smokeCase.Rule is null ? "deny" : $"deny by {smokeCase.Rule}";
        if (!blocked)
        {
            return $"expected {wanted}, got {got}";
        }
        if (smokeCase.Rule is not null && smokeCase.Rule != code)
        {
            return $"expected {wanted}, got {got}";
        }
        // A 403 without a decision id did not come from a policy decision (a proxy in between, say).
        return decisionId is null ? $"expected {wanted}, got 403 without an {GatewayHeaders.DecisionId} header" : null;
    }

    private async Task<string?> CheckShadowAsync(IReadOnlyList<string> expected, string? decisionId, CancellationToken cancellationToken)
    {
        if (decisionId is null)
        {
            return "shadow rules not checkable: the answer had no decision id";
        }
        try
        {
            using var response = await GetDecisionAsync(decisionId, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return $"shadow rules not checkable: the admin API answered {(int)response.StatusCode} for {AdminDecisionPath}{decisionId}";
            }
            var actual = ShadowRules(await response.Content.ReadAsStringAsync(cancellationToken));
            if (actual is null)
            {
                return "shadow rules not checkable: the admin API's decision has no 'shadow' list";
            }
            return expected.Order(StringComparer.Ordinal).SequenceEqual(actual.Order(StringComparer.Ordinal))
                ? null
                : $"expected shadow [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]";
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return $"shadow rules not checkable: {ex.Message}";
        }
    }

    /// <summary>
    /// The recorded decision. An allowed call is recorded after its response has been sent, so a 404 right after it
    /// is retried for a few seconds before it counts.
    /// </summary>
    private async Task<HttpResponseMessage> GetDecisionAsync(string decisionId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, AdminDecisionPath.TrimStart('/') + Uri.EscapeDataString(decisionId));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminKey);
            var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode != System.Net.HttpStatusCode.NotFound || attempt == RecordWaitAttempts)
            {
                return response;
            }
            response.Dispose();
            await Task.Delay(RecordWaitDelay, cancellationToken);
        }
    }

    /// <summary>The decision's shadow rule ids (<c>shadowRules</c>, <c>shadow_rules</c> or <c>shadow</c>): ids, or objects with a <c>rule_id</c> or <c>id</c>.</summary>
    private static List<string>? ShadowRules(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (root.TryGetProperty("decision", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object)
        {
            root = wrapped;
        }
        if (!root.TryGetProperty("shadowRules", out var shadow) && !root.TryGetProperty("shadow_rules", out shadow) && !root.TryGetProperty("shadow", out shadow)
            || shadow.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        return shadow.EnumerateArray().Select(item => item.ValueKind switch
        {
            JsonValueKind.String => item.GetString(),
            JsonValueKind.Object when item.TryGetProperty("rule_id", out var id) || item.TryGetProperty("id", out id) => id.GetString(),
            _ => null,
        }).OfType<string>().ToList();
    }

    /// <summary>The OpenAI error envelope's type, code and message; nulls when the body is not one.</summary>
    private static (string? Type, string? Code, string? Message) ReadError(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return (Text(error, "type"), Text(error, "code"), Text(error, "message"));
            }
        }
        catch (JsonException)
        {
            // Not JSON: a proxy or load balancer in front of the gateway answered; show what it said.
        }
        return (null, null, body.Length > 300 ? body[..300] + "…" : body.Length == 0 ? null : body);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
