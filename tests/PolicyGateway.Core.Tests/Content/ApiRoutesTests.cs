using PolicyGateway.Content;

namespace PolicyGateway.Core.Tests.Content;

public class ApiRoutesTests
{
    [Theory]
    [InlineData("/openai/deployments/gpt-4o/chat/completions", ApiKind.ChatCompletions)]
    [InlineData("/openai/deployments/gpt-35-instruct/completions", ApiKind.Completions)]
    [InlineData("/openai/deployments/ada/embeddings", ApiKind.Embeddings)]
    [InlineData("/openai/deployments/dalle3/images/generations", ApiKind.ImageGenerations)]
    [InlineData("/openai/deployments/gpt-image-1/images/edits", ApiKind.ImageEdits)]
    [InlineData("/openai/deployments/whisper/audio/transcriptions", ApiKind.AudioTranscriptions)]
    [InlineData("/openai/deployments/whisper/audio/translations", ApiKind.AudioTranslations)]
    [InlineData("/openai/deployments/tts/audio/speech", ApiKind.AudioSpeech)]
    [InlineData("/openai/deployments/gpt-4o/extensions/chat/completions", ApiKind.ChatCompletions)]
    [InlineData("/openai/deployments/gpt-4o/batches", ApiKind.Batches)]
    public void Deployment_routes_name_the_deployment_and_are_inspected_on_post(string path, ApiKind kind)
    {
        var route = ApiRoutes.Classify("POST", path);

        Assert.Equal(kind, route.Kind);
        Assert.True(route.Inspected);
        Assert.Equal(path.Split('/')[3], route.Deployment);
    }

    [Theory]
    [InlineData("/openai/responses", ApiKind.Responses)]
    [InlineData("/openai/v1/responses", ApiKind.Responses)]
    [InlineData("/openai/v1/chat/completions", ApiKind.ChatCompletions)]
    [InlineData("/openai/v1/embeddings", ApiKind.Embeddings)]
    [InlineData("/openai/v1/images/generations", ApiKind.ImageGenerations)]
    [InlineData("/openai/v1/audio/transcriptions", ApiKind.AudioTranscriptions)]
    [InlineData("/openai/files", ApiKind.Files)]
    [InlineData("/openai/v1/files", ApiKind.Files)]
    [InlineData("/openai/files/import", ApiKind.Files)]
    [InlineData("/openai/batches", ApiKind.Batches)]
    [InlineData("/openai/v1/batches", ApiKind.Batches)]
    [InlineData("/openai/assistants", ApiKind.Assistants)]
    [InlineData("/openai/assistants/asst_abc123", ApiKind.Assistants)]
    [InlineData("/openai/threads", ApiKind.Threads)]
    [InlineData("/openai/threads/runs", ApiKind.Threads)]
    [InlineData("/openai/threads/thread_1", ApiKind.Threads)]
    [InlineData("/openai/threads/thread_1/messages", ApiKind.Threads)]
    [InlineData("/openai/threads/thread_1/runs", ApiKind.Threads)]
    [InlineData("/openai/threads/thread_1/runs/run_1/submit_tool_outputs", ApiKind.Threads)]
    [InlineData("/openai/v1/conversations", ApiKind.Conversations)]
    [InlineData("/openai/v1/conversations/conv_1/items", ApiKind.Conversations)]
    [InlineData("/openai/v1/realtime/client_secrets", ApiKind.Realtime)]
    [InlineData("/openai/realtimeapi/sessions", ApiKind.Realtime)]
    [InlineData("/openai/deployments/dalle2/images/generations:submit", ApiKind.ImageGenerations)]
    public void Deployment_less_content_routes_are_inspected_on_post(string path, ApiKind kind)
    {
        var route = ApiRoutes.Classify("POST", path);

        Assert.Equal(new ApiRoute(kind, path.Contains("/deployments/") ? "dalle2" : null, true), route);
    }

    [Theory]
    [InlineData("/openai/realtime")]
    [InlineData("/openai/v1/realtime")]
    public void Realtime_upgrade_is_inspected_although_it_is_a_get(string path)
    {
        Assert.Equal(new ApiRoute(ApiKind.Realtime, null, true), ApiRoutes.Classify("GET", path));
    }

    [Theory]
    [InlineData("GET", "/openai/v1/models", ApiKind.Models)]
    [InlineData("GET", "/openai/models", ApiKind.Models)]
    [InlineData("GET", "/openai/files", ApiKind.Files)]
    [InlineData("GET", "/openai/files/file-abc/content", ApiKind.Files)]
    [InlineData("DELETE", "/openai/files/file-abc", ApiKind.Files)]
    [InlineData("GET", "/openai/batches/batch_1", ApiKind.Batches)]
    [InlineData("GET", "/openai/v1/responses/resp_1", ApiKind.Responses)]
    [InlineData("DELETE", "/openai/v1/responses/resp_1", ApiKind.Responses)]
    [InlineData("GET", "/openai/assistants", ApiKind.Assistants)]
    [InlineData("DELETE", "/openai/assistants/asst_1", ApiKind.Assistants)]
    [InlineData("GET", "/openai/threads/thread_1/messages", ApiKind.Threads)]
    [InlineData("GET", "/openai/deployments/gpt-4o/chat/completions", ApiKind.ChatCompletions)]
    public void Reads_listings_and_deletes_are_not_inspected(string method, string path, ApiKind kind)
    {
        var route = ApiRoutes.Classify(method, path);

        Assert.Equal(kind, route.Kind);
        Assert.False(route.Inspected);
    }

    [Theory]
    [InlineData("/OpenAI/Deployments/GPT-4o/Chat/Completions")]
    [InlineData("/openai/deployments/GPT-4o/chat/completions/")]
    [InlineData("/openai//deployments/GPT-4o/chat/completions")]
    [InlineData("/openai/deployments/GPT-4o/chat/completions?api-version=2024-10-21")]
    public void Matching_ignores_case_trailing_and_doubled_slashes_and_the_query(string path)
    {
        Assert.Equal(new ApiRoute(ApiKind.ChatCompletions, "GPT-4o", true), ApiRoutes.Classify("post", path));
    }

    [Fact]
    public void An_escaped_deployment_name_is_unescaped()
    {
        Assert.Equal("my model", ApiRoutes.Classify("POST", "/openai/deployments/my%20model/chat/completions").Deployment);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/healthz")]
    [InlineData("/v1/chat/completions")]
    public void Paths_outside_openai_are_other_and_not_inspected(string path)
    {
        var route = ApiRoutes.Classify("POST", path);

        Assert.Equal(ApiKind.Other, route.Kind);
        Assert.False(route.Inspected);
    }

    [Theory]
    [InlineData("/openai")]
    [InlineData("/openai/v1")]
    [InlineData("/openai/deployments/gpt-4o")]
    [InlineData("/openai/deployments/gpt-4o/chat/completions/extra")]
    [InlineData("/openai/fine_tuning/jobs")]
    [InlineData("/openai/v1/evals")]
    [InlineData("/openai/v1/uploads/upload_abc/parts")]
    public void Unknown_writes_under_openai_are_other_and_still_inspected(string path)
    {
        Assert.Equal(new ApiRoute(ApiKind.Other, null, true), ApiRoutes.Classify("POST", path) with { Deployment = null });
        Assert.False(ApiRoutes.Classify("GET", path).Inspected);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    public void Unusual_write_methods_are_inspected_too(string method)
    {
        Assert.True(ApiRoutes.Classify(method, "/openai/v1/chat/completions").Inspected);
    }

    [Theory]
    [InlineData("/chat/completions", ApiKind.ChatCompletions)]
    [InlineData("/v1/chat/completions", ApiKind.ChatCompletions)]
    [InlineData("/v1/responses", ApiKind.Responses)]
    [InlineData("/embeddings", ApiKind.Embeddings)]
    [InlineData("/openai/deployments/gpt-4o-batch/chat/completions", ApiKind.ChatCompletions)]
    public void Batch_line_urls_classify_like_v1_paths(string url, ApiKind kind)
    {
        var route = ApiRoutes.ClassifyBatchUrl(url);

        Assert.Equal(kind, route.Kind);
        Assert.True(route.Inspected);
    }
}
