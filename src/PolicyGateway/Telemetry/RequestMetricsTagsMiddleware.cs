using Microsoft.AspNetCore.Http.Features;
using PolicyGateway.Content;
using PolicyGateway.Decisions;
using PolicyGateway.Policy;
using PolicyGateway.Recording;

namespace PolicyGateway.Telemetry;

/// <summary>
/// Adds the decision's action, rule and API to ASP.NET Core's own <c>http.server.request.duration</c>, so requests
/// (not only decisions) can be counted and timed by what the gateway decided, with one metric and no second timer.
/// </summary>
public sealed class RequestMetricsTagsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        finally
        {
            // The feature exists only while ASP.NET Core's hosting meter has a listener; the metric is recorded after this.
            if (context.Features.Get<IHttpMetricsTagsFeature>() is { } tags)
            {
                var decision = context.Features.Get<DecisionFeature>()?.Decision;
                tags.Tags.Add(new(DecisionMetrics.ActionTag, decision is null ? "none" : decision.Action == DecisionAction.Deny ? "deny" : "allow"));
                tags.Tags.Add(new(DecisionMetrics.RuleTag, decision is null || decision.Enforced.Count == 0 ? DecisionMetrics.NoRule : decision.Enforced[0].RuleId));
                tags.Tags.Add(new(DecisionMetrics.ApiTag, decision is null ? "none" : SnakeCaseNames<ApiKind>.Name(decision.Api)));
            }
        }
    }
}
