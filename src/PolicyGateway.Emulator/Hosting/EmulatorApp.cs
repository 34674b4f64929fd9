using Microsoft.AspNetCore.Server.Kestrel.Core;
using PolicyGateway.Emulator.Endpoints;
using PolicyGateway.Emulator.Protocol;
using PolicyGateway.Emulator.Realtime;

namespace PolicyGateway.Emulator.Hosting;

/// <summary>Wiring shared by the standalone host and <see cref="EmulatorServer"/>.</summary>
internal static class EmulatorApp
{
    private const long MaxRequestBytes = 256L * 1024 * 1024;

    public static void ConfigureServices(WebApplicationBuilder builder)
    {
        builder.Services.AddRouting();

        // Open streams and realtime sockets must not hold a test's dispose for the default 30 seconds.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBytes);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form => form.MultipartBodyLengthLimit = MaxRequestBytes);
    }

    public static void Configure(WebApplication app, EmulatorOptions options, RequestRecorder recorder)
    {
        // WebSockets first, so the middleware can tell upgrade requests (which have no body to read) apart.
        app.UseWebSockets();
        app.UseMiddleware<EmulatorMiddleware>(options, recorder);

        var control = new ControlEndpoints(recorder);
        app.MapGet(EmulatorMiddleware.ControlPrefix + "/requests", control.ListRequestsAsync);
        app.MapDelete(EmulatorMiddleware.ControlPrefix + "/requests", control.ClearRequestsAsync);
        app.MapGet(EmulatedImage.Path, ControlEndpoints.ImageAsync);

        var files = new FileStore();
        var handlers = new Handlers(
            new ChatCompletionsEndpoint(options),
            new CompletionsEndpoint(options),
            new ResponsesEndpoint(options),
            new FilesEndpoint(files),
            new BatchesEndpoint(files),
            new RealtimeEndpoint(options, recorder));

        MapModelEndpoints(app, "/openai/deployments/{deployment}", handlers);
        MapModelEndpoints(app, "/openai/v1", handlers);
        MapResourceEndpoints(app, "/openai", handlers);
        MapResourceEndpoints(app, "/openai/v1", handlers);

        // The openai npm AzureOpenAI client puts batch creation under the deployment.
        app.MapPost("/openai/deployments/{deployment}/batches", handlers.Batches.CreateAsync);

        app.MapFallback(AzureErrors.WriteNotFoundAsync);
    }

    private static void MapModelEndpoints(WebApplication app, string prefix, Handlers h)
    {
        app.MapPost(prefix + "/chat/completions", h.Chat.HandleAsync);
        app.MapPost(prefix + "/completions", h.Completions.HandleAsync);
        app.MapPost(prefix + "/embeddings", EmbeddingsEndpoint.HandleAsync);
        app.MapPost(prefix + "/images/generations", ImagesEndpoint.GenerateAsync);
        app.MapPost(prefix + "/images/edits", ImagesEndpoint.EditAsync);
        app.MapPost(prefix + "/audio/transcriptions", AudioEndpoint.TranscribeAsync);
        app.MapPost(prefix + "/audio/translations", AudioEndpoint.TranslateAsync);
        app.MapPost(prefix + "/audio/speech", AudioEndpoint.SpeakAsync);
    }

    private static void MapResourceEndpoints(WebApplication app, string prefix, Handlers h)
    {
        app.MapPost(prefix + "/responses", h.Responses.HandleAsync);
        app.MapGet(prefix + "/responses/{responseId}", h.Responses.GetAsync);
        app.MapDelete(prefix + "/responses/{responseId}", h.Responses.DeleteAsync);

        app.MapPost(prefix + "/files", h.Files.UploadAsync);
        app.MapGet(prefix + "/files", h.Files.ListAsync);
        app.MapGet(prefix + "/files/{fileId}", h.Files.GetAsync);
        app.MapGet(prefix + "/files/{fileId}/content", h.Files.GetContentAsync);
        app.MapDelete(prefix + "/files/{fileId}", h.Files.DeleteAsync);

        app.MapPost(prefix + "/batches", h.Batches.CreateAsync);
        app.MapGet(prefix + "/batches", h.Batches.ListAsync);
        app.MapGet(prefix + "/batches/{batchId}", h.Batches.GetAsync);
        app.MapPost(prefix + "/batches/{batchId}/cancel", h.Batches.CancelAsync);

        app.MapPost(prefix + "/assistants", AssistantsEndpoint.CreateAssistantAsync);
        app.MapGet(prefix + "/assistants/{assistantId}", AssistantsEndpoint.GetAssistantAsync);
        app.MapPost(prefix + "/threads", AssistantsEndpoint.CreateThreadAsync);
        app.MapGet(prefix + "/threads/{threadId}", AssistantsEndpoint.GetThreadAsync);
        app.MapPost(prefix + "/threads/{threadId}/messages", AssistantsEndpoint.CreateMessageAsync);
        app.MapGet(prefix + "/threads/{threadId}/messages", AssistantsEndpoint.ListMessagesAsync);
        app.MapPost(prefix + "/threads/{threadId}/runs", AssistantsEndpoint.CreateRunAsync);
        app.MapGet(prefix + "/threads/{threadId}/runs", AssistantsEndpoint.ListRunsAsync);
        app.MapGet(prefix + "/threads/{threadId}/runs/{runId}", AssistantsEndpoint.GetRunAsync);

        app.MapPost(prefix + "/vector_stores", VectorStoresEndpoint.CreateAsync);
        app.MapGet(prefix + "/vector_stores/{vectorStoreId}", VectorStoresEndpoint.GetAsync);

        app.MapGet(prefix + "/models", ModelsEndpoint.ListAsync);
        app.MapGet(prefix + "/models/{modelId}", ModelsEndpoint.GetAsync);

        app.MapGet(prefix + "/realtime", h.Realtime.HandleAsync);
    }
}
