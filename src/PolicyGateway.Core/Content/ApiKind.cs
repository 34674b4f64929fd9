namespace PolicyGateway.Content;

/// <summary>The Azure OpenAI operation a request targets, derived from method and path.</summary>
public enum ApiKind
{
    Other,
    ChatCompletions,
    Completions,
    Embeddings,
    ImageGenerations,
    ImageEdits,
    AudioTranscriptions,
    AudioTranslations,
    AudioSpeech,
    Responses,
    Files,
    Batches,
    Assistants,
    Threads,
    VectorStores,
    Realtime,
    Models,
    /// <summary>Responses API conversations (<c>/conversations</c>, <c>/conversations/{id}/items</c>): stored items the model later reads.</summary>
    Conversations,
}
