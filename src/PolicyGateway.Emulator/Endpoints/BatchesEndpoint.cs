using System.Text.Json;
using PolicyGateway.Emulator.Hosting;
using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>The batches API: create (the input file must have been uploaded here), retrieve, list and cancel.</summary>
internal sealed class BatchesEndpoint(FileStore files)
{
    private readonly BoundedStore<StoredBatch> _batches = new(capacity: 1000);

    public async Task CreateAsync(HttpContext context)
    {
        using var document = context.TryParseJsonBody();
        if (document is null)
        {
            await AzureErrors.WriteMalformedJsonAsync(context).ConfigureAwait(false);
            return;
        }

        var body = document.RootElement;
        var inputFileId = MessageText.GetString(body, "input_file_id");
        var endpoint = MessageText.GetString(body, "endpoint");
        if (inputFileId is null || endpoint is null)
        {
            await AzureErrors.WriteMissingParameterAsync(context, inputFileId is null ? "input_file_id" : "endpoint").ConfigureAwait(false);
            return;
        }

        if (files.Find(inputFileId) is null)
        {
            await AzureErrors.WriteInvalidRequestAsync(context, $"No such File object: {inputFileId}", "input_file_id", code: null).ConfigureAwait(false);
            return;
        }

        var metadata = body.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object ? m.GetRawText() : null;
        var batch = new StoredBatch(
            EmulatorIds.New("batch_"),
            endpoint,
            inputFileId,
            MessageText.GetString(body, "completion_window") ?? "24h",
            EmulatorIds.UnixNow(),
            "validating",
            metadata);
        _batches.Set(batch.Id, batch);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, batch, static (w, b) => b.Write(w)).ConfigureAwait(false);
    }

    public Task GetAsync(HttpContext context) =>
        _batches.Find((string)context.Request.RouteValues["batchId"]!) is { } batch
            ? JsonResponse.WriteAsync(context, StatusCodes.Status200OK, batch, static (w, b) => b.Write(w))
            : WriteNoSuchBatchAsync(context);

    public Task CancelAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["batchId"]!;
        if (_batches.Find(id) is not { } batch)
        {
            return WriteNoSuchBatchAsync(context);
        }

        var cancelling = batch with { Status = "cancelling" };
        _batches.Set(id, cancelling);
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, cancelling, static (w, b) => b.Write(w));
    }

    public Task ListAsync(HttpContext context)
    {
        var batches = _batches.Values().OrderByDescending(b => b.CreatedAt).ToList();
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, batches, static (w, list) =>
        {
            w.WriteStartObject();
            w.WriteString("object", "list");
            w.WriteStartArray("data");
            foreach (var batch in list)
            {
                batch.Write(w);
            }

            w.WriteEndArray();
            FilesEndpoint.WriteListBounds(w, list.Count == 0 ? null : list[0].Id, list.Count == 0 ? null : list[^1].Id);
            w.WriteEndObject();
        });
    }

    private static Task WriteNoSuchBatchAsync(HttpContext context) =>
        AzureErrors.WriteInvalidRequestAsync(context, $"No such Batch object: {context.Request.RouteValues["batchId"]}", "id", code: null, StatusCodes.Status404NotFound);
}
