using PolicyGateway.Emulator.Protocol;

namespace PolicyGateway.Emulator.Endpoints;

/// <summary>The files API: multipart upload, list, retrieve, content and delete, backed by <see cref="FileStore"/>.</summary>
internal sealed class FilesEndpoint(FileStore store)
{
    public async Task UploadAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            await AzureErrors.WriteInvalidRequestAsync(context, "Invalid content type. Expected multipart/form-data.", param: null, code: null).ConfigureAwait(false);
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var purpose = form["purpose"].ToString();
        var upload = form.Files.GetFile("file");
        if (string.IsNullOrEmpty(purpose) || upload is null)
        {
            await AzureErrors.WriteMissingParameterAsync(context, upload is null ? "file" : "purpose").ConfigureAwait(false);
            return;
        }

        var content = new byte[upload.Length];
        await using (var stream = upload.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, context.RequestAborted).ConfigureAwait(false);
        }

        var file = new StoredFile(EmulatorIds.New("file-"), upload.FileName, purpose, EmulatorIds.UnixNow(), content);
        store.Add(file);
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, file, static (w, f) => f.Write(w)).ConfigureAwait(false);
    }

    public Task ListAsync(HttpContext context)
    {
        var purpose = context.Request.Query["purpose"].ToString();
        var files = store.List(string.IsNullOrEmpty(purpose) ? null : purpose);
        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, files, static (w, list) =>
        {
            w.WriteStartObject();
            w.WriteString("object", "list");
            w.WriteStartArray("data");
            foreach (var file in list)
            {
                file.Write(w);
            }

            w.WriteEndArray();
            WriteListBounds(w, list.Count == 0 ? null : list[0].Id, list.Count == 0 ? null : list[^1].Id);
            w.WriteEndObject();
        });
    }

    public Task GetAsync(HttpContext context) =>
        Find(context) is { } file
            ? JsonResponse.WriteAsync(context, StatusCodes.Status200OK, file, static (w, f) => f.Write(w))
            : WriteNoSuchFileAsync(context);

    public Task GetContentAsync(HttpContext context) =>
        Find(context) is { } file
            ? JsonResponse.WriteRawAsync(context, StatusCodes.Status200OK, "application/octet-stream", file.Content)
            : WriteNoSuchFileAsync(context);

    public Task DeleteAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["fileId"]!;
        if (!store.Remove(id))
        {
            return WriteNoSuchFileAsync(context);
        }

        return JsonResponse.WriteAsync(context, StatusCodes.Status200OK, id, static (w, fileId) =>
        {
            w.WriteStartObject();
            w.WriteString("id", fileId);
            w.WriteString("object", "file");
            w.WriteBoolean("deleted", true);
            w.WriteEndObject();
        });
    }

    public static void WriteListBounds(System.Text.Json.Utf8JsonWriter w, string? firstId, string? lastId)
    {
        if (firstId is null)
        {
            w.WriteNull("first_id");
            w.WriteNull("last_id");
        }
        else
        {
            w.WriteString("first_id", firstId);
            w.WriteString("last_id", lastId);
        }

        w.WriteBoolean("has_more", false);
    }

    private StoredFile? Find(HttpContext context) => store.Find((string)context.Request.RouteValues["fileId"]!);

    private static Task WriteNoSuchFileAsync(HttpContext context) =>
        AzureErrors.WriteInvalidRequestAsync(context, $"No such File object: {context.Request.RouteValues["fileId"]}", "id", code: null, StatusCodes.Status404NotFound);
}
