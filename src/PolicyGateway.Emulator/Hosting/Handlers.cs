using PolicyGateway.Emulator.Endpoints;
using PolicyGateway.Emulator.Realtime;

namespace PolicyGateway.Emulator.Hosting;

/// <summary>The stateful or option-reading handlers, created once per emulator and mapped under both API prefixes.</summary>
internal sealed record Handlers(
    ChatCompletionsEndpoint Chat,
    CompletionsEndpoint Completions,
    ResponsesEndpoint Responses,
    FilesEndpoint Files,
    BatchesEndpoint Batches,
    RealtimeEndpoint Realtime);
