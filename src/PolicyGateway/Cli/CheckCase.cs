namespace PolicyGateway.Cli;

/// <summary>One request to decide, from a cases file line or from <c>check</c>'s options.</summary>
internal sealed record CheckCase(string Id, string CallerId, string Method, string Path, string? ContentType, ReadOnlyMemory<byte> Body);
