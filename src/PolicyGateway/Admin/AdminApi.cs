using System.Text;
using System.Text.Json;
using PolicyGateway.Errors;
using PolicyGateway.Recording;
using PolicyGateway.Recording.Store;

namespace PolicyGateway.Admin;

/// <summary>
/// <c>/admin/api/</c>: the decision record for operations teams. Read-only; every endpoint needs an admin key.
/// </summary>
public static class AdminApi
{
    public const string Prefix = "/admin/api";
    private const int ExportPage = 1000;

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(Prefix).AddEndpointFilter<AdminKeyFilter>();
        api.MapGet("/decisions", ListAsync);
        api.MapGet("/decisions/{id}", GetAsync);
        api.MapGet("/aggregates", AggregatesAsync);
        api.MapGet("/export", ExportAsync);
        api.MapGet("/stream", StreamAsync);
        api.MapGet("/rules", RuleCatalog.HandleAsync);
        // Read-only despite POST: the body is the candidate pack, replayed in memory.
        api.MapPost("/what-if", WhatIfPreview.HandleAsync);
        return endpoints;
    }

    private static async Task ListAsync(HttpContext context, IDecisionStore store)
    {
        if (await ParseOrRefuseAsync(context) is not { } query) return;
        var page = await store.QueryAsync(query, context.RequestAborted);
        await WriteJsonAsync(context, new { decisions = page.Decisions, next = page.Next });
    }

    private static async Task GetAsync(HttpContext context, string id, IDecisionStore store)
    {
        if (await store.GetAsync(id, context.RequestAborted) is not { } record)
        {
            await OpenAIError.WriteAsync(context, StatusCodes.Status404NotFound, "invalid_request_error", "decision_not_found", $"No decision '{id}' in the store.");
            return;
        }
        await WriteJsonAsync(context, record);
    }

    private static async Task AggregatesAsync(HttpContext context, IDecisionStore store)
    {
        string? error = null;
        var bucketName = context.Request.Query["bucket"].ToString();
        var bucket = bucketName is "" or "hour" ? AggregateBucket.Hour : bucketName == "day" ? AggregateBucket.Day : (AggregateBucket?)null;
        var from = AdminQuery.Time(context.Request.Query["from"].ToString() is { Length: > 0 } f ? f : null, "from", ref error);
        var to = AdminQuery.Time(context.Request.Query["to"].ToString() is { Length: > 0 } t ? t : null, "to", ref error);
        if (bucket is null || error is not null)
        {
            await BadRequestAsync(context, error ?? "bucket must be hour or day");
            return;
        }
        var rows = await store.AggregateAsync(bucket.Value, from, to, context.RequestAborted);
        await WriteJsonAsync(context, new { bucket = bucket.Value.ToString().ToLowerInvariant(), rows });
    }

    /// <summary>Every decision matching the filters (no limit), newest first, streamed page by page.</summary>
    private static async Task ExportAsync(HttpContext context, IDecisionStore store)
    {
        if (await ParseOrRefuseAsync(context) is not { } query) return;
        var format = context.Request.Query["format"].ToString();
        if (format is not ("csv" or "jsonl"))
        {
            await BadRequestAsync(context, "format must be csv or jsonl");
            return;
        }
        var csv = format == "csv";
        context.Response.ContentType = csv ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"decisions.{format}\"";
        var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false), 64 * 1024);
        await using (writer)
        {
            if (csv) await writer.WriteAsync(DecisionCsv.Header + "\r\n");
            var page = query with { Limit = ExportPage };
            while (true)
            {
                var result = await store.QueryAsync(page, context.RequestAborted);
                foreach (var record in result.Decisions)
                {
                    await writer.WriteAsync(csv ? DecisionCsv.Line(record) + "\r\n" : JsonSerializer.Serialize(record, RecordJson.Options) + "\n");
                }
                if (result.Next is null) break;
                page = page with { Before = result.Next };
            }
        }
    }

    /// <summary>Server-sent events: one <c>decision</c> event per newly stored decision, optionally only one action.</summary>
    private static async Task StreamAsync(HttpContext context, DecisionFeed feed, IHostApplicationLifetime lifetime)
    {
        // Ends with the viewer or with the gateway: an open dashboard must not hold up shutdown.
        using var end = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var action = context.Request.Query["action"].ToString();
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        // Stops reverse proxies in front of the gateway from buffering the stream.
        response.Headers["X-Accel-Buffering"] = "no";
        using var subscription = feed.Subscribe();
        try
        {
            await response.WriteAsync(": connected\n\n", end.Token);
            await response.Body.FlushAsync(end.Token);
            await foreach (var record in subscription.Reader.ReadAllAsync(end.Token))
            {
                if (action.Length > 0 && action != (record.IsShadow && record.Action == "allow" ? "shadow" : record.Action)) continue;
                await response.WriteAsync($"id: {record.Id}\nevent: decision\ndata: {JsonSerializer.Serialize(record, RecordJson.Options)}\n\n", end.Token);
                await response.Body.FlushAsync(end.Token);
            }
        }
        catch (OperationCanceledException) when (end.IsCancellationRequested)
        {
            // The viewer went away, or the gateway is stopping.
        }
    }

    private static async Task<DecisionQuery?> ParseOrRefuseAsync(HttpContext context)
    {
        var query = AdminQuery.Parse(context.Request.Query, out var error);
        if (query is null)
        {
            await BadRequestAsync(context, error!);
        }
        return query;
    }

    private static Task BadRequestAsync(HttpContext context, string message) =>
        OpenAIError.WriteAsync(context, StatusCodes.Status400BadRequest, "invalid_request_error", "invalid_parameter", message);

    internal static Task WriteJsonAsync<T>(HttpContext context, T value)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, value, RecordJson.Options, context.RequestAborted);
    }
}
