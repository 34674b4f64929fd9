using PolicyGateway.Callers;
using PolicyGateway.Recording;

namespace PolicyGateway.Hosting;

/// <summary>
/// One log line per request, refused or forwarded: method, path (never the query string, which may carry a key),
/// caller, decision, status and duration. Error level for a server fault, so a client's mistake never reads as one.
/// </summary>
public sealed partial class RequestLogMiddleware(RequestDelegate next, TimeProvider time, ILogger<RequestLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = time.GetTimestamp();
        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            Write(context, started, ex);
            throw;
        }
        Write(context, started, null);
    }

    private void Write(HttpContext context, long started, Exception? exception)
    {
        var status = exception is null ? context.Response.StatusCode : StatusCodes.Status500InternalServerError;
        var level = exception is not null || status >= 500 ? LogLevel.Error : LogLevel.Information;
        if (!logger.IsEnabled(level))
        {
            return;
        }
        var decision = context.Features.Get<DecisionFeature>()?.Decision;
        // The policy version and decision time ride along as properties of the line, not in its text.
        using var scope = decision is null ? null : logger.BeginScope(new Dictionary<string, object>
        {
            ["PolicyVersion"] = decision.PolicyVersion,
            ["DecisionMs"] = decision.Elapsed.TotalMilliseconds,
        });
        LogRequest(level, exception, context.Request.Method, context.Request.Path.Value ?? "/", context.GetCaller()?.Id ?? "-",
            decision?.Id ?? "-", decision?.Action.ToString() ?? "none", status, time.GetElapsedTime(started).TotalMilliseconds);
    }
}
