namespace PolicyGateway.Emulator.Endpoints;

/// <summary>The three kinds of chat stream chunk that follow Azure's prompt annotation.</summary>
internal enum ChunkKind
{
    Role,
    Content,
    Finish,
}
