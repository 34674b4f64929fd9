namespace PolicyGateway.Intent.Lexicon;

/// <summary>One folded term of the lexicon.</summary>
internal sealed class LexiconEntry(string term, Concept concept, TermBoundary boundary)
{
    public string Term { get; } = term;
    public Concept Concept { get; } = concept;
    public TermBoundary Boundary { get; } = boundary;
}
