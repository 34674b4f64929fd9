using System.Text.Json;

namespace PolicyGateway.Content.Reading;

/// <summary>Which reader understands a JSON body of each API (top-level bodies and batch JSONL line bodies alike).</summary>
internal static class JsonReaders
{
    public static void Read(ApiKind api, JsonElement root, PartSink sink)
    {
        switch (api)
        {
            case ApiKind.ChatCompletions:
                ChatCompletionsReader.Read(root, sink);
                break;
            case ApiKind.Responses:
                ResponsesReader.Read(root, sink);
                break;
            case ApiKind.Completions:
                PromptsReader.ReadCompletions(root, sink);
                break;
            case ApiKind.Embeddings:
                PromptsReader.ReadEmbeddings(root, sink);
                break;
            case ApiKind.ImageGenerations:
                PromptsReader.ReadImageGenerations(root, sink);
                break;
            case ApiKind.ImageEdits:
                ImageEditsReader.ReadJson(root, sink);
                break;
            case ApiKind.AudioSpeech:
                PromptsReader.ReadSpeech(root, sink);
                break;
            case ApiKind.Assistants:
            case ApiKind.Threads:
                AssistantsReader.Read(root, sink);
                break;
            case ApiKind.Files:
                FilesReader.ReadImport(root, sink);
                break;
            case ApiKind.Batches:
                BatchesReader.Read(root, sink);
                break;
            case ApiKind.Conversations:
                ConversationsReader.Read(root, sink);
                break;
            case ApiKind.Realtime:
                RealtimeReader.ReadSessionBody(root, sink);
                break;
        }

        UnknownFields.Read(api, root, sink);
    }
}
