using Microsoft.AspNetCore.Http.Features;
using PolicyGateway.Configuration;
using PolicyGateway.Errors;
using Yarp.ReverseProxy.Forwarder;

namespace PolicyGateway.Forwarding;

/// <summary>
/// YARP answers a failed forward with a bare status code; SDKs then report an empty, unhelpful error. This writes the
/// OpenAI error body for every forwarding failure that happened before the upstream's response began.
/// </summary>
public sealed partial class UpstreamErrorMiddleware(RequestDelegate next, GatewayOptions options, ILogger<UpstreamErrorMiddleware> logger)
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
        if (RejectedBody(context, failure) is { } rejected)
        {
            // Kestrel refused the body while YARP streamed it (its size limit, its minimum data rate, bad framing):
            // the client's fault, with Kestrel's status, not an upstream failure.
            LogBodyRejected(context.Request.Path.Value ?? "/", rejected.StatusCode);
            await WriteBodyRejectedAsync(context, rejected.StatusCode);
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

    /// <summary>Kestrel's record of the rejection (IBadRequestExceptionFeature), or the exception YARP saw while reading the body.</summary>
    private static BadHttpRequestException? RejectedBody(HttpContext context, IForwarderErrorFeature failure)
    {
        if (context.Features.Get<IBadRequestExceptionFeature>()?.Error is BadHttpRequestException recorded)
        {
            return recorded;
        }
        for (var exception = failure.Exception; exception is not null; exception = exception.InnerException)
        {
            if (exception is BadHttpRequestException bad)
            {
                return bad;
            }
        }
        return null;
    }

    private Task WriteBodyRejectedAsync(HttpContext context, int status)
    {
        var (code, message) = status switch
        {
            StatusCodes.Status413PayloadTooLarge => ("request_too_large",
                $"Request body exceeds the gateway's limit of {options.Inspection.MaxBodyBytes} bytes (Gateway:Inspection:MaxBodyBytes)."),
            StatusCodes.Status408RequestTimeout => ("request_timeout",
                "The request body arrived too slowly, so the gateway stopped reading it."),
            _ => ("invalid_request_body", "The request body could not be received."),
        };
        return OpenAIError.WriteAsync(context, status, "invalid_request_error", code, message);
    }
}
