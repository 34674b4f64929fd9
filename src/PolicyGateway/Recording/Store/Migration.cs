namespace PolicyGateway.Recording.Store;

/// <summary>One versioned schema change; applied once, in version order, and remembered in <c>schema_migrations</c>.</summary>
public sealed record Migration(int Version, string Name, IReadOnlyList<string> Statements);
