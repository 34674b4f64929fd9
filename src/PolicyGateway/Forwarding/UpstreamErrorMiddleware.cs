using PolicyGateway.Errors;
using Yarp.ReverseProxy.Forwarder;

namespace PolicyGateway.Forwarding;

/// <summary>
/// YARP answers a failed forward with a bare status code; SDKs then report an empty, unhelpful error. This writes the
/// OpenAI error body for every forwarding failure that happened before the upstream's response began.
/// </summary>
public sealed partial class UpstreamErrorMiddleware(RequestDelegate next, ILogger<UpstreamErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await next(context);

        var failure = context.GetForwarderErrorFeature();
        if (failure is null || context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        LogForwardFailed(failure.Error, context.Request.Path.Value ?? "/", failure.Exception?.GetType().Name ?? "-");
        var (status, type, code, message) = failure.Error switch
        {
            ForwarderError.NoAvailableDestinations => (StatusCodes.Status503ServiceUnavailable, "server_error", "no_healthy_upstream",
                "No healthy Azure OpenAI endpoint is available."),
            ForwarderError.RequestTimedOut => (StatusCodes.Status504GatewayTimeout, "server_error", "upstream_timeout",
                "The Azure OpenAI endpoint did not answer in time (Gateway:Upstream:ActivityTimeout)."),
            ForwarderError.RequestBodyClient or ForwarderError.RequestBodyCanceled or ForwarderError.RequestCanceled =>
                (StatusCodes.Status400BadRequest, "invalid_request_error", "client_request_aborted",
                    "The request body could not be read from the client while forwarding it."),
            _ => (StatusCodes.Status502BadGateway, "server_error", "upstream_unavailable",
                "The Azure OpenAI endpoint could not be reached or did not return a valid response."),
        };
        await OpenAIError.WriteAsync(context, status, type, code, message);
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "Forwarding {Path} failed ({Error}, {ExceptionType}); answered with an OpenAI error")]
    private partial void LogForwardFailed(ForwarderError error, string path, string exceptionType);
}
