namespace PolicyGateway.Cli;

/// <summary>One request to decide, from a cases file line or from <c>check</c>'s options.</summary>
/// <param name="Origin">Where the case came from (<c>cases.jsonl:3</c>), for messages about it.</param>
internal sealed record CheckCase(string Origin, string Id, string CallerId, string Method, string Path, string? ContentType, ReadOnlyMemory<byte> Body);
