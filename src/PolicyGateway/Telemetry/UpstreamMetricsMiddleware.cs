using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace PolicyGateway.Telemetry;

/// <summary>
/// Times each forwarded call in the proxy pipeline, after load balancing chose a destination, and records it under
/// the destination YARP actually used (after a failover that is the one that answered).
/// </summary>
public sealed class UpstreamMetricsMiddleware(RequestDelegate next, UpstreamMetrics metrics, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A relayed realtime session lasts minutes; its duration says nothing about the upstream's latency.
        if (context.WebSockets.IsWebSocketRequest)
        {
            await next(context);
            return;
        }
        var started = time.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (context.Features.Get<IReverseProxyFeature>()?.ProxiedDestination is { } destination)
            {
                var error = context.Features.Get<IForwarderErrorFeature>()?.Error;
                metrics.Record(destination.DestinationId, destination.Model.Config.Address, context.Response.StatusCode,
                    error is null or ForwarderError.None ? null : error.ToString(), time.GetElapsedTime(started));
            }
        }
    }
}
