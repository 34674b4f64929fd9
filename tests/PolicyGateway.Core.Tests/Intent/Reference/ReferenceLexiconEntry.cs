// The implementation before the fast paths (commit de5f644), kept unchanged as the slow path that
// FastPathEquivalenceTests compares the optimised classifier against.
using PolicyGateway.Intent.Lexicon;

namespace PolicyGateway.Core.Tests.Intent.Reference;

/// <summary>One folded term of the lexicon.</summary>
internal sealed class ReferenceLexiconEntry(string term, Concept concept, TermBoundary boundary)
{
    public string Term { get; } = term;
    public Concept Concept { get; } = concept;
    public TermBoundary Boundary { get; } = boundary;
}
