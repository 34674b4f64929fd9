using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PolicyGateway.Hosting;

namespace PolicyGateway.Tests.Telemetry;

/// <summary>
/// A stand-in OpenTelemetry collector on Kestrel (127.0.0.1): accepts OTLP/HTTP protobuf posts and keeps their bodies
/// by path (<c>/v1/traces</c>, <c>/v1/metrics</c>). Protobuf keeps strings as UTF-8, so tests can look for span names.
/// </summary>
internal sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public ConcurrentQueue<(string Path, byte[] Body)> Received { get; } = new();

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            receiver.Received.Enqueue((context.Request.Path.Value!, body.ToArray()));
            // An empty Export*ServiceResponse is an empty protobuf message.
            context.Response.ContentType = "application/x-protobuf";
        });
        await app.StartAsync();
        receiver.BaseAddress = app.BoundAddress();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
