namespace PolicyGateway.Intent.Semantic;

/// <summary>Bounds on the second stage's work per request.</summary>
public sealed record SemanticOptions
{
    /// <summary>Cue clauses embedded per request; the strongest cues are kept when there are more.</summary>
    public int MaxClauses { get; init; } = 6;

    /// <summary>Characters of one clause that are embedded (about 50 word pieces).</summary>
    public int MaxClauseChars { get; init; } = 240;

    public static SemanticOptions Default { get; } = new();
}
